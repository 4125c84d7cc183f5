package io.deltashare.settlement.ledger.application;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.security.Caller;
import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import io.deltashare.settlement.ledger.domain.JournalEntry;
import io.deltashare.settlement.ledger.domain.PostingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Balances, payments and corrections: what the platform admin records and what each party may read. */
@ApplicationScoped
public class Ledger {

    /** An account and its balance at an instant: {@code balance} as posted (debit positive), {@code owed} as read. */
    public record Balance(AccountKind kind, String owner, Money balance, Money owed, Instant at) {
    }

    /** A posting as the API shows it. */
    public record PostingView(AccountKind kind, String owner, Money amount) {
    }

    /** A journal transaction as the API shows it. */
    public record TransactionView(UUID id, String kind, @Schema(nullable = true) UUID eventId,
                                  @Schema(nullable = true) UUID bookingId, @Schema(nullable = true) String reference,
                                  String description, Instant occurredAt, @Schema(nullable = true) UUID reverses,
                                  List<PostingView> postings) {
    }

    /** Money that moved outside the platform, recorded by the admin. */
    public enum PaymentKind { FIRM_PAYMENT, PROVIDER_PAYOUT }

    private final Journal journal;
    private final EntityManager entityManager;
    private final Clock clock;

    Ledger(Journal journal, EntityManager entityManager, Clock clock) {
        this.journal = journal;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Every account the caller may see, with its balance at {@code at} (by the time things happened). */
    @Transactional
    /**
     * The balances at {@code at} of the accounts the caller may see, in (kind, owner) order after {@code after},
     * at most {@code limit}: only those accounts are summed (the caller's own, or one page of them for the admin),
     * each from the covering index on its postings, never the whole ledger.
     */
    public List<Balance> balances(Caller caller, Instant at, AccountRef after, int limit) {
        Optional<List<AccountRef>> visible = Parties.visible(caller);
        if (visible.isPresent() && visible.get().isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked") // native rows: kind, owner, balance
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT a.kind, a.owner,
                               (SELECT coalesce(sum(p.amount_fen), 0) FROM posting p
                                WHERE p.account_id = a.id AND p.occurred_at <= ?1)
                        FROM account a
                        WHERE (?2 OR (a.kind, a.owner) IN (SELECT * FROM unnest(CAST(?3 AS varchar[]), CAST(?4 AS varchar[]))))
                          AND (a.kind, a.owner) > (?5, ?6)
                        ORDER BY a.kind, a.owner LIMIT ?7""")
                .setParameter(1, Journal.utc(at)).setParameter(2, visible.isEmpty())
                .setParameter(3, visible.orElse(List.of()).stream().map(a -> a.kind().name()).toArray(String[]::new))
                .setParameter(4, visible.orElse(List.of()).stream().map(AccountRef::owner).toArray(String[]::new))
                .setParameter(5, after == null ? "" : after.kind().name())
                .setParameter(6, after == null ? "" : after.owner())
                .setParameter(7, limit).getResultList();
        return rows.stream().map(r -> {
            AccountRef account = new AccountRef(AccountKind.valueOf((String) r[0]), (String) r[1]);
            long fen = ((Number) r[2]).longValue();
            return new Balance(account.kind(), account.owner(), Money.ofFen(fen),
                    Money.ofFen(fen * account.kind().naturalSign()), at);
        }).toList();
    }

    /** A firm's payment or a payout to a provider; returns the journal transaction. */
    @Transactional
    public TransactionView recordPayment(PaymentKind kind, UUID organization, Money amount, String reference) {
        if (amount == null || amount.fen() <= 0) {
            throw Rejected.invalid("amount", "must be more than zero");
        }
        JournalEntry entry = kind == PaymentKind.FIRM_PAYMENT ? PostingRules.firmPaid(organization, amount.fen())
                : PostingRules.providerPaidOut(organization, amount.fen());
        String description = (kind == PaymentKind.FIRM_PAYMENT ? "payment received from firm " : "payout to provider ")
                + organization + ": " + amount.toDecimalString();
        UUID id = journal.post(new Journal.Header(kind.name(), null, null, reference, description, clock.instant(), null),
                entry).orElseThrow();
        return transaction(id);
    }

    /** Posts the reversal of a transaction; a transaction is reversed at most once. */
    @Transactional
    public TransactionView reverse(UUID id, String reason) {
        TransactionView original = transaction(id);
        long already = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM journal_transaction WHERE reverses = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (already > 0) {
            throw Rejected.conflict("already-reversed", "transaction " + id + " has been reversed already");
        }
        JournalEntry entry = journal.entryOf(id).orElseThrow().reversed();
        UUID reversal = journal.post(new Journal.Header("REVERSAL", null, original.bookingId(), null,
                "reversal of " + id + ": " + reason, clock.instant(), id), entry).orElseThrow();
        return transaction(reversal);
    }

    @Transactional
    public TransactionView transaction(UUID id) {
        @SuppressWarnings("unchecked") // native rows of one transaction with its postings
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT t.kind, t.event_id, t.booking_id, t.reference, t.description, t.occurred_at, t.reverses,
                               a.kind, a.owner, p.amount_fen
                        FROM journal_transaction t JOIN posting p ON p.transaction_id = t.id
                        JOIN account a ON a.id = p.account_id WHERE t.id = ?1 ORDER BY p.id""")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw Rejected.notFound("journal transaction " + id);
        }
        Object[] head = rows.get(0);
        return new TransactionView(id, (String) head[0], (UUID) head[1], (UUID) head[2], (String) head[3],
                (String) head[4], instant(head[5]), (UUID) head[6], rows.stream().map(r -> new PostingView(
                AccountKind.valueOf((String) r[7]), (String) r[8], Money.ofFen(((Number) r[9]).longValue()))).toList());
    }

    /** The sum of every posting ever made; zero unless the books are broken. */
    @Transactional
    public Money trialBalance() {
        return Money.ofFen(((Number) entityManager.createNativeQuery("SELECT coalesce(sum(amount_fen), 0) FROM posting")
                .getSingleResult()).longValue());
    }

    public static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return (Instant) value;
    }
}
