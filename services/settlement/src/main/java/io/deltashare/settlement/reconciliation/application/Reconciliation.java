package io.deltashare.settlement.reconciliation.application;

import io.deltashare.contracts.money.Money;
import io.deltashare.platform.time.Clocks;
import io.deltashare.settlement.claim.domain.ClaimBatch;
import io.deltashare.settlement.claim.persistence.Redemptions;
import io.deltashare.settlement.ledger.application.Ledger;
import io.deltashare.settlement.ledger.persistence.LedgerQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Checks the books against what happened: the trial balance is zero, every completed booking with a fee has its
 * posting, and no redemption of a month that has ended is left out of a claim batch.
 */
@ApplicationScoped
public class Reconciliation {

    /** What the check found; {@code clean} when there is nothing to look into. */
    @Schema(name = "ReconciliationReport")
    public record Report(
            Instant checkedAt,
            Money trialBalance,
            boolean clean,
            List<UUID> completedBookingsWithoutPostings,
            List<Unclaimed> redemptionsWithoutBatch) {}

    /** A redemption of an ended month that no claim batch holds. */
    public record Unclaimed(UUID bookingId, String issuingRegion, Money amount, Instant redeemedAt) {}

    private final LedgerQueries queries;
    private final Redemptions redemptions;
    private final Ledger ledger;
    private final Clock clock;

    Reconciliation(LedgerQueries queries, Redemptions redemptions, Ledger ledger, Clock clock) {
        this.queries = queries;
        this.redemptions = redemptions;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Report check() {
        Instant now = clock.instant();
        Money trial = ledger.trialBalance();
        List<UUID> unposted = queries.completedBookingsWithoutPostings();
        Instant currentMonth = ClaimBatch.start(YearMonth.from(now.atZone(Clocks.SHANGHAI)));
        List<Unclaimed> unclaimed = redemptions.unclaimedBefore(currentMonth).stream()
                .map(r -> new Unclaimed(
                        r.bookingId(), r.issuingRegion().code(), Money.ofFen(r.amountFen()), r.redeemedAt()))
                .toList();
        return new Report(now, trial, trial.isZero() && unposted.isEmpty() && unclaimed.isEmpty(), unposted, unclaimed);
    }
}
