package io.deltashare.settlement.ledger.persistence;

import io.deltashare.platform.persistence.SqlTimes;
import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the journal says: balances, transactions with their postings, and the books' checks. */
@ApplicationScoped
public class LedgerQueries {

    /** An account and its balance as posted (debit positive), in fen. */
    public record AccountBalance(AccountRef account, long fen) {}

    /** A journal transaction and its postings, in posting order. */
    public record Transaction(
            UUID id,
            String kind,
            UUID eventId,
            UUID bookingId,
            String reference,
            String description,
            Instant occurredAt,
            UUID reverses,
            List<Posting> postings) {}

    /** One posting of a transaction. */
    public record Posting(AccountRef account, long fen) {}

    private final EntityManager entityManager;

    LedgerQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The balances at {@code at} of {@code visible} accounts (every account when empty), in (kind, owner) order after
     * {@code after}, at most {@code limit}; each summed from the covering index on its postings.
     */
    @SuppressWarnings("unchecked") // native rows: kind, owner, balance
    public List<AccountBalance> balances(Optional<List<AccountRef>> visible, Instant at, AccountRef after, int limit) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT a.kind, a.owner,
                               (SELECT coalesce(sum(p.amount_fen), 0) FROM posting p
                                WHERE p.account_id = a.id AND p.occurred_at <= ?1)
                        FROM account a
                        WHERE (?2 OR (a.kind, a.owner) IN (SELECT * FROM unnest(CAST(?3 AS varchar[]), CAST(?4 AS varchar[]))))
                          AND (a.kind, a.owner) > (?5, ?6)
                        ORDER BY a.kind, a.owner LIMIT ?7""")
                .setParameter(1, Journal.utc(at))
                .setParameter(2, visible.isEmpty())
                .setParameter(
                        3,
                        visible.orElse(List.of()).stream()
                                .map(a -> a.kind().name())
                                .toArray(String[]::new))
                .setParameter(
                        4,
                        visible.orElse(List.of()).stream()
                                .map(AccountRef::owner)
                                .toArray(String[]::new))
                .setParameter(5, after == null ? "" : after.kind().name())
                .setParameter(6, after == null ? "" : after.owner())
                .setParameter(7, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new AccountBalance(
                        new AccountRef(AccountKind.valueOf((String) r[0]), (String) r[1]), ((Number) r[2]).longValue()))
                .toList();
    }

    /** The transaction {@code id} with its postings; empty when there is none. */
    @SuppressWarnings("unchecked") // native rows of one transaction with its postings
    public Optional<Transaction> transaction(UUID id) {
        List<Object[]> rows =
                entityManager.createNativeQuery("""
                        SELECT t.kind, t.event_id, t.booking_id, t.reference, t.description, t.occurred_at, t.reverses,
                               a.kind, a.owner, p.amount_fen
                        FROM journal_transaction t JOIN posting p ON p.transaction_id = t.id
                        JOIN account a ON a.id = p.account_id WHERE t.id = ?1 ORDER BY p.id""").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] head = rows.get(0);
        return Optional.of(new Transaction(
                id,
                (String) head[0],
                (UUID) head[1],
                (UUID) head[2],
                (String) head[3],
                (String) head[4],
                SqlTimes.instant(head[5]),
                (UUID) head[6],
                rows.stream()
                        .map(r -> new Posting(
                                new AccountRef(AccountKind.valueOf((String) r[7]), (String) r[8]),
                                ((Number) r[9]).longValue()))
                        .toList()));
    }

    /** Whether transaction {@code id} has been reversed. */
    public boolean reversed(UUID id) {
        return ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM journal_transaction WHERE reverses = ?1")
                                .setParameter(1, id)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** The sum of every posting ever made, in fen; zero unless the books are broken. */
    public long trialBalanceFen() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT coalesce(sum(amount_fen), 0) FROM posting")
                        .getSingleResult())
                .longValue();
    }

    /** Records a completed booking's fee once, for the reconciliation; a repeated event writes nothing. */
    public void recordCompletedBooking(UUID booking, UUID firm, UUID provider, long feeFen, Instant completedAt) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO completed_booking (booking_id, firm_organization_id, provider_organization_id,
                                                       fee_fen, completed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (booking_id) DO NOTHING""")
                .setParameter(1, booking)
                .setParameter(2, firm)
                .setParameter(3, provider)
                .setParameter(4, feeFen)
                .setParameter(5, Journal.utc(completedAt))
                .executeUpdate();
    }

    /** Completed bookings with a fee that have no BOOKING_COMPLETED transaction, oldest first, at most 1000. */
    @SuppressWarnings("unchecked") // booking ids
    public List<UUID> completedBookingsWithoutPostings() {
        return entityManager.createNativeQuery("""
                        SELECT c.booking_id FROM completed_booking c
                        WHERE c.fee_fen > 0 AND NOT EXISTS (SELECT 1 FROM journal_transaction t
                              WHERE t.booking_id = c.booking_id AND t.kind = 'BOOKING_COMPLETED')
                        ORDER BY c.completed_at LIMIT 1000""", UUID.class).getResultList();
    }
}
