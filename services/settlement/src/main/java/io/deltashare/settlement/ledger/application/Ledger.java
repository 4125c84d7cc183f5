package io.deltashare.settlement.ledger.application;

import io.deltashare.contracts.money.Money;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import io.deltashare.settlement.ledger.domain.JournalEntry;
import io.deltashare.settlement.ledger.domain.PostingRules;
import io.deltashare.settlement.ledger.persistence.Journal;
import io.deltashare.settlement.ledger.persistence.LedgerQueries;
import jakarta.enterprise.context.ApplicationScoped;
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
    public record Balance(AccountKind kind, String owner, Money balance, Money owed, Instant at) {}

    /** A posting as the API shows it. */
    public record PostingView(AccountKind kind, String owner, Money amount) {}

    /** A journal transaction as the API shows it. */
    public record TransactionView(
            UUID id,
            String kind,
            @Schema(nullable = true) UUID eventId,
            @Schema(nullable = true) UUID bookingId,
            @Schema(nullable = true) String reference,
            String description,
            Instant occurredAt,
            @Schema(nullable = true) UUID reverses,
            List<PostingView> postings) {}

    /** Money that moved outside the platform, recorded by the admin. */
    public enum PaymentKind {
        FIRM_PAYMENT,
        PROVIDER_PAYOUT
    }

    private final Journal journal;
    private final LedgerQueries queries;
    private final Clock clock;

    Ledger(Journal journal, LedgerQueries queries, Clock clock) {
        this.journal = journal;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * The balances at {@code at} of the accounts the caller may see, in (kind, owner) order after {@code after},
     * at most {@code limit}: only those accounts are summed (the caller's own, or one page of them for the admin),
     * each from the covering index on its postings, never the whole ledger. {@code at} null is now.
     */
    @Transactional
    public List<Balance> balances(Caller caller, Instant at, AccountRef after, int limit) {
        Instant when = at == null ? clock.instant() : at;
        Optional<List<AccountRef>> visible = Parties.visible(caller);
        if (visible.isPresent() && visible.get().isEmpty()) {
            return List.of();
        }
        return queries.balances(visible, when, after, limit).stream()
                .map(b -> new Balance(
                        b.account().kind(),
                        b.account().owner(),
                        Money.ofFen(b.fen()),
                        Money.ofFen(b.fen() * b.account().kind().naturalSign()),
                        when))
                .toList();
    }

    /** A firm's payment or a payout to a provider; returns the journal transaction. */
    @Transactional
    public TransactionView recordPayment(PaymentKind kind, UUID organization, Money amount, String reference) {
        if (amount == null || amount.fen() <= 0) {
            throw Rejected.invalid("amount", "must be more than zero");
        }
        JournalEntry entry = kind == PaymentKind.FIRM_PAYMENT
                ? PostingRules.firmPaid(organization, amount.fen())
                : PostingRules.providerPaidOut(organization, amount.fen());
        String description = (kind == PaymentKind.FIRM_PAYMENT ? "payment received from firm " : "payout to provider ")
                + organization + ": " + amount.toDecimalString();
        UUID id = journal.post(
                        new Journal.Header(kind.name(), null, null, reference, description, clock.instant(), null),
                        entry)
                .orElseThrow();
        return transaction(id);
    }

    /** Posts the reversal of a transaction; a transaction is reversed at most once. */
    @Transactional
    public TransactionView reverse(UUID id, String reason) {
        TransactionView original = transaction(id);
        if (queries.reversed(id)) {
            throw Rejected.conflict("already-reversed", "transaction " + id + " has been reversed already");
        }
        JournalEntry entry = journal.entryOf(id).orElseThrow().reversed();
        UUID reversal = journal.post(
                        new Journal.Header(
                                "REVERSAL",
                                null,
                                original.bookingId(),
                                null,
                                "reversal of " + id + ": " + reason,
                                clock.instant(),
                                id),
                        entry)
                .orElseThrow();
        return transaction(reversal);
    }

    @Transactional
    public TransactionView transaction(UUID id) {
        LedgerQueries.Transaction t =
                queries.transaction(id).orElseThrow(() -> Rejected.notFound("journal transaction " + id));
        return new TransactionView(
                id,
                t.kind(),
                t.eventId(),
                t.bookingId(),
                t.reference(),
                t.description(),
                t.occurredAt(),
                t.reverses(),
                t.postings().stream()
                        .map(p ->
                                new PostingView(p.account().kind(), p.account().owner(), Money.ofFen(p.fen())))
                        .toList());
    }

    /** The sum of every posting ever made; zero unless the books are broken. */
    @Transactional
    public Money trialBalance() {
        return Money.ofFen(queries.trialBalanceFen());
    }
}
