package io.deltashare.settlement.reconciliation.application;

import io.deltashare.contracts.money.Money;
import io.deltashare.settlement.reconciliation.ReconciliationConfig;
import io.deltashare.settlement.reconciliation.domain.CrossCheck;
import io.deltashare.settlement.reconciliation.domain.Discrepancy;
import io.deltashare.settlement.reconciliation.domain.Facts;
import io.deltashare.settlement.reconciliation.persistence.LedgerFacts;
import io.deltashare.settlement.reconciliation.remote.ServiceFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The platform-wide reconciliation: for the bookings made in a period (and any booking the ledger or a voucher touched
 * in it), what booking, innovation-voucher and settlement each hold, compared by {@link CrossCheck}, together with the
 * ledger's own checks. {@code clean} only when every service agrees to the fen.
 */
@ApplicationScoped
public class PlatformReconciliation {

    /** The most discrepancies one report lists; {@code discrepancyCount} says how many there were. */
    static final int LISTED = 1000;

    /** What was compared and what disagrees. */
    @Schema(name = "PlatformReconciliationReport")
    public record Report(
            Instant from,
            Instant before,
            Instant checkedAt,
            boolean clean,
            Checked checked,
            int discrepancyCount,
            List<DiscrepancyView> discrepancies,
            List<TotalView> totals,
            Reconciliation.Report ledger) {}

    /** How many facts of each kind were compared. */
    public record Checked(int bookings, int holds, int postings, int redemptions) {}

    /** A discrepancy with its amounts as money. */
    public record DiscrepancyView(
            Discrepancy.Kind kind,
            @Schema(nullable = true) UUID bookingId,
            String detail,
            @Schema(nullable = true) Money expected,
            @Schema(nullable = true) Money recorded) {}

    /** A party whose total differs: {@code expected} by booking or innovation-voucher, {@code recorded} by the ledger. */
    public record TotalView(String party, String owner, Money expected, Money recorded) {}

    private final ServiceFacts services;
    private final LedgerFacts ledger;
    private final Reconciliation ledgerChecks;
    private final ReconciliationConfig config;
    private final Clock clock;

    PlatformReconciliation(
            ServiceFacts services,
            LedgerFacts ledger,
            Reconciliation ledgerChecks,
            ReconciliationConfig config,
            Clock clock) {
        this.services = services;
        this.ledger = ledger;
        this.ledgerChecks = ledgerChecks;
        this.config = config;
        this.clock = clock;
    }

    /** Checks the period [{@code from}, {@code before}), reading the other services as the caller ({@code token}). */
    public Report check(Instant from, Instant before, String token) {
        Instant now = clock.instant();
        Map<UUID, Facts.Booking> bookings = new HashMap<>();
        services.bookingsMade(from, before, token).forEach(b -> bookings.put(b.id(), b));
        Map<UUID, Facts.Hold> holds = new HashMap<>();
        services.holdsMade(from, before, token).forEach(h -> holds.put(h.bookingId(), h));

        Set<UUID> touched = new HashSet<>(ledger.bookingsTouched(from, before));
        touched.addAll(holds.keySet());
        touched.removeAll(bookings.keySet());
        services.bookings(touched, token).forEach(b -> bookings.put(b.id(), b));
        Set<UUID> unknown = new HashSet<>(touched);
        unknown.removeAll(bookings.keySet());

        Set<UUID> holdsToRead = new HashSet<>();
        bookings.values().stream()
                .filter(b -> b.voucherId() != null)
                .map(Facts.Booking::id)
                .filter(id -> !holds.containsKey(id))
                .forEach(holdsToRead::add);
        services.holds(holdsToRead, token).forEach(h -> holds.put(h.bookingId(), h));

        Set<UUID> all = new HashSet<>(bookings.keySet());
        all.addAll(unknown);
        Facts facts = new Facts(
                List.copyOf(bookings.values()),
                List.copyOf(holds.values()),
                ledger.postings(all),
                ledger.redemptions(all));
        CrossCheck.Result result = CrossCheck.compare(facts, unknown, now, config.sagaLimit());
        Reconciliation.Report own = ledgerChecks.check();
        List<DiscrepancyView> listed = result.discrepancies().stream()
                .limit(LISTED)
                .map(d -> new DiscrepancyView(
                        d.kind(), d.bookingId(), d.detail(), money(d.expectedFen()), money(d.recordedFen())))
                .toList();
        List<TotalView> totals = result.totals().stream()
                .map(t ->
                        new TotalView(t.party(), t.owner(), Money.ofFen(t.expectedFen()), Money.ofFen(t.recordedFen())))
                .toList();
        return new Report(
                from,
                before,
                now,
                result.clean() && own.clean(),
                new Checked(
                        facts.bookings().size(),
                        facts.holds().size(),
                        facts.postings().size(),
                        facts.redemptions().size()),
                result.discrepancies().size(),
                listed,
                totals,
                own);
    }

    private static Money money(Long fen) {
        return fen == null ? null : Money.ofFen(fen);
    }
}
