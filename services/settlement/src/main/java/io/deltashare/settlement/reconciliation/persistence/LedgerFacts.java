package io.deltashare.settlement.reconciliation.persistence;

import io.deltashare.settlement.reconciliation.domain.CrossCheck;
import io.deltashare.settlement.reconciliation.domain.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What settlement's journal and redemption records say about bookings, for the cross-service reconciliation. */
@ApplicationScoped
public class LedgerFacts {

    private static final List<String> KINDS =
            List.of(CrossCheck.COMPLETED, CrossCheck.CANCELLATION, CrossCheck.NO_SHOW, CrossCheck.REDEEMED);
    private static final int CHUNK = 500;

    private final EntityManager entityManager;

    LedgerFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Bookings the ledger posted or will claim for in the period: they belong in the check whenever they were made. */
    @Transactional
    @SuppressWarnings("unchecked") // booking ids
    public Set<UUID> bookingsTouched(Instant from, Instant before) {
        Set<UUID> ids = new HashSet<>(entityManager
                .createNativeQuery("""
                        SELECT DISTINCT booking_id FROM journal_transaction
                        WHERE kind IN (?1) AND occurred_at >= ?2 AND occurred_at < ?3 AND booking_id IS NOT NULL""", UUID.class)
                .setParameter(1, KINDS)
                .setParameter(2, from.atOffset(ZoneOffset.UTC))
                .setParameter(3, before.atOffset(ZoneOffset.UTC))
                .getResultList());
        ids.addAll(entityManager
                .createNativeQuery(
                        "SELECT booking_id FROM redemption WHERE booking_id IS NOT NULL"
                                + " AND redeemed_at >= ?1 AND redeemed_at < ?2",
                        UUID.class)
                .setParameter(1, from.atOffset(ZoneOffset.UTC))
                .setParameter(2, before.atOffset(ZoneOffset.UTC))
                .getResultList());
        return ids;
    }

    /**
     * The transactions that post the events of {@code bookings} and were not reversed, each with the party debited
     * and the party credited.
     */
    @Transactional
    @SuppressWarnings("unchecked") // native rows: transaction, booking, kind, amount, account owner
    public List<Facts.Posting> postings(Collection<UUID> bookings) {
        Map<UUID, Object[]> byTransaction = new HashMap<>();
        Map<UUID, String[]> parties = new HashMap<>();
        for (List<UUID> chunk : chunks(bookings)) {
            List<Object[]> rows = entityManager
                    .createNativeQuery("""
                            SELECT t.id, t.booking_id, t.kind, p.amount_fen, a.owner
                            FROM journal_transaction t JOIN posting p ON p.transaction_id = t.id
                            JOIN account a ON a.id = p.account_id
                            WHERE t.booking_id IN (?1) AND t.kind IN (?2)
                              AND NOT EXISTS (SELECT 1 FROM journal_transaction r WHERE r.reverses = t.id)""")
                    .setParameter(1, chunk)
                    .setParameter(2, KINDS)
                    .getResultList();
            for (Object[] row : rows) {
                UUID transaction = (UUID) row[0];
                long fen = ((Number) row[3]).longValue();
                byTransaction.put(transaction, row);
                String[] debitedCredited = parties.computeIfAbsent(transaction, t -> new String[3]);
                if (fen > 0) {
                    debitedCredited[0] = (String) row[4];
                    debitedCredited[2] = Long.toString(fen);
                } else {
                    debitedCredited[1] = (String) row[4];
                }
            }
        }
        List<Facts.Posting> postings = new ArrayList<>();
        byTransaction.forEach((transaction, row) -> {
            String[] party = parties.get(transaction);
            postings.add(new Facts.Posting(
                    transaction,
                    (UUID) row[1],
                    (String) row[2],
                    party[2] == null ? 0 : Long.parseLong(party[2]),
                    party[0],
                    party[1]));
        });
        return postings;
    }

    /** The redemptions settlement holds for {@code bookings}, claimed in a batch or waiting for one. */
    @Transactional
    @SuppressWarnings("unchecked") // native rows: booking, region, amount, batch
    public List<Facts.Redemption> redemptions(Collection<UUID> bookings) {
        List<Facts.Redemption> redemptions = new ArrayList<>();
        for (List<UUID> chunk : chunks(bookings)) {
            List<Object[]> rows =
                    entityManager.createNativeQuery("""
                            SELECT booking_id, issuing_region, amount_fen, batch_id FROM redemption
                            WHERE booking_id IN (?1)""").setParameter(1, chunk).getResultList();
            rows.forEach(r -> redemptions.add(
                    new Facts.Redemption((UUID) r[0], (String) r[1], ((Number) r[2]).longValue(), (UUID) r[3])));
        }
        return redemptions;
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
