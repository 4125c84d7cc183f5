package io.deltashare.settlement.ledger.persistence;

import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import io.deltashare.settlement.ledger.domain.JournalEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The append-only journal. Writes one transaction with its postings; the database checks at commit that they
 * balance and refuses any later change. A transaction that posts an event can exist once per event id.
 */
@ApplicationScoped
public class Journal {

    /** What a transaction records besides its postings. */
    public record Header(
            String kind,
            UUID eventId,
            UUID bookingId,
            String reference,
            String description,
            Instant occurredAt,
            UUID reverses,
            UUID orderId) {

        public Header(
                String kind,
                UUID eventId,
                UUID bookingId,
                String reference,
                String description,
                Instant occurredAt,
                UUID reverses) {
            this(kind, eventId, bookingId, reference, description, occurredAt, reverses, null);
        }

        public static Header ofEvent(
                String kind, UUID eventId, UUID bookingId, String description, Instant occurredAt) {
            return new Header(kind, eventId, bookingId, null, description, occurredAt, null);
        }

        /** A transaction posting an event of order {@code orderId}, with {@code reference} naming what of it. */
        public static Header ofOrderEvent(
                String kind, UUID eventId, UUID orderId, String reference, String description, Instant occurredAt) {
            return new Header(kind, eventId, null, reference, description, occurredAt, null, orderId);
        }
    }

    private final EntityManager entityManager;
    private final Clock clock;

    Journal(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Posts {@code entry}; empty when its event was posted before (nothing is written then). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> post(Header header, JournalEntry entry) {
        UUID id = UUID.randomUUID();
        int written = entityManager
                .createNativeQuery("""
                        INSERT INTO journal_transaction (id, kind, event_id, booking_id, reference, description,
                                                         occurred_at, posted_at, reverses, order_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (event_id) DO NOTHING""")
                .setParameter(1, id)
                .setParameter(2, header.kind())
                .setParameter(3, header.eventId())
                .setParameter(4, header.bookingId())
                .setParameter(5, header.reference())
                .setParameter(6, header.description())
                .setParameter(7, utc(header.occurredAt()))
                .setParameter(8, utc(clock.instant()))
                .setParameter(9, header.reverses())
                .setParameter(10, header.orderId())
                .executeUpdate();
        if (written == 0) {
            return Optional.empty();
        }
        for (JournalEntry.Posting posting : entry.postings()) {
            entityManager
                    .createNativeQuery("""
                            INSERT INTO posting (transaction_id, account_id, amount_fen, occurred_at)
                            VALUES (?1, ?2, ?3, ?4)""")
                    .setParameter(1, id)
                    .setParameter(2, account(posting.account()))
                    .setParameter(3, posting.fen())
                    .setParameter(4, utc(header.occurredAt()))
                    .executeUpdate();
        }
        return Optional.of(id);
    }

    /** The postings of a transaction, to reverse it; empty when there is no such transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<JournalEntry> entryOf(UUID transactionId) {
        @SuppressWarnings("unchecked") // native rows: kind, owner, amount
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT a.kind, a.owner, p.amount_fen FROM posting p JOIN account a ON a.id = p.account_id
                        WHERE p.transaction_id = ?1 ORDER BY p.id""")
                .setParameter(1, transactionId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JournalEntry(rows.stream()
                .map(r -> new JournalEntry.Posting(
                        new AccountRef(AccountKind.valueOf((String) r[0]), (String) r[1]), ((Number) r[2]).longValue()))
                .toList()));
    }

    /** The account's id, opening it on first use (concurrent first uses agree on one row). */
    private UUID account(AccountRef account) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO account (id, kind, owner) VALUES (?1, ?2, ?3) ON CONFLICT (kind, owner) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, account.kind().name())
                .setParameter(3, account.owner())
                .executeUpdate();
        return (UUID) entityManager
                .createNativeQuery("SELECT id FROM account WHERE kind = ?1 AND owner = ?2", UUID.class)
                .setParameter(1, account.kind().name())
                .setParameter(2, account.owner())
                .getSingleResult();
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
