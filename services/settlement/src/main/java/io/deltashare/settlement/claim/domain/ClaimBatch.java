package io.deltashare.settlement.claim.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.time.Clocks;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A bureau claim batch (兑付): the voucher redemptions one region's bureau owes for one month (Asia/Shanghai), drafted
 * by the platform or the bureau, submitted, approved by the bureau and at last paid. It goes one way, and each step
 * records who took it and when. Immutable: each step gives the batch as it is after it.
 *
 * @param locality        the pilot locality whose bureau issued the vouchers and pays the batch from its own budget;
 *                        null for the province's own bureau
 * @param totalFen        what the bureau owes for the batch's redemptions
 * @param crossRegionFen  the part of it spent at providers in other provinces (通用通兑)
 */
public record ClaimBatch(
        UUID id,
        Region region,
        String locality,
        YearMonth month,
        BatchStatus status,
        long totalFen,
        long crossRegionFen,
        String createdBy,
        Instant createdAt,
        Instant submittedAt,
        String approvedBy,
        Instant approvedAt,
        Instant paidAt,
        String paymentReference,
        String paidRecordedBy,
        UUID payoutTransactionId,
        long version) {

    /**
     * A new, empty batch for the redemptions of {@code month} of the vouchers the bureau of {@code region} and
     * {@code locality} (null: the province's own) issued, once that month has begun.
     */
    public static Decision<ClaimBatch> draft(
            UUID id, Region region, String locality, YearMonth month, String by, Instant now) {
        if (start(month).isAfter(now)) {
            return Decision.reject(Rejection.conflict("month-not-started", month + " has not begun"));
        }
        return Decision.accept(new ClaimBatch(
                id,
                region,
                locality,
                month,
                BatchStatus.DRAFT,
                0,
                0,
                by,
                now,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0));
    }

    /**
     * The draft with the redemptions it claimed: {@code count} of them, {@code totalFen} in all, of which
     * {@code crossRegionFen} at providers elsewhere. A batch of nothing is not drafted.
     */
    public Decision<ClaimBatch> claimed(long count, long total, long crossRegion) {
        if (count == 0) {
            return Decision.reject(Rejection.conflict(
                    "nothing-to-claim",
                    "no redemption of " + issuer() + " vouchers in " + month + " is waiting for a claim batch"));
        }
        return Decision.accept(copy(c -> {
            c.totalFen = total;
            c.crossRegionFen = crossRegion;
        }));
    }

    public Decision<ClaimBatch> submit(Instant now) {
        return to(BatchStatus.SUBMITTED)
                .map(b -> b.copy(c -> {
                    c.submittedAt = now;
                }));
    }

    /** The bureau commits to paying the batch. */
    public Decision<ClaimBatch> approve(String by, Instant now) {
        return to(BatchStatus.APPROVED)
                .map(b -> b.copy(c -> {
                    c.approvedBy = by;
                    c.approvedAt = now;
                }));
    }

    /** Whether the batch may be recorded paid now: only once approved. */
    public Decision<ClaimBatch> payable() {
        return to(BatchStatus.PAID).map(b -> this);
    }

    /** The bureau's transfer arrived ({@code reference}), posted as journal transaction {@code payout}. */
    public Decision<ClaimBatch> paid(String reference, String by, Instant now, UUID payout) {
        return to(BatchStatus.PAID)
                .map(b -> b.copy(c -> {
                    c.paidAt = now;
                    c.paymentReference = reference;
                    c.paidRecordedBy = by;
                    c.payoutTransactionId = payout;
                }));
    }

    /** Who issued the batch's vouchers: {@code CN-JS}, or {@code CN-JS 320509} for a pilot locality. */
    public String issuer() {
        return locality == null ? region.code() : region.code() + " " + locality;
    }

    /** When claim month {@code month} begins: claim months are calendar months in Shanghai. */
    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(Clocks.SHANGHAI).toInstant();
    }

    /** When claim month {@code month} ends (the next begins). */
    public static Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    private Decision<ClaimBatch> to(BatchStatus target) {
        if (!status.canBecome(target)) {
            return Decision.reject(Rejection.conflict(
                    "illegal-transition", "a claim batch that is " + status + " cannot become " + target));
        }
        return Decision.accept(copy(c -> c.status = target));
    }

    /** This batch with what {@code change} sets; what a step records, it records on a copy. */
    private ClaimBatch copy(java.util.function.Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return new ClaimBatch(
                id,
                region,
                locality,
                month,
                c.status,
                c.totalFen,
                c.crossRegionFen,
                createdBy,
                createdAt,
                c.submittedAt,
                c.approvedBy,
                c.approvedAt,
                c.paidAt,
                c.paymentReference,
                c.paidRecordedBy,
                c.payoutTransactionId,
                version);
    }

    /** The parts of a batch that its steps change. */
    private static final class Copy {
        private BatchStatus status;
        private long totalFen;
        private long crossRegionFen;
        private Instant submittedAt;
        private String approvedBy;
        private Instant approvedAt;
        private Instant paidAt;
        private String paymentReference;
        private String paidRecordedBy;
        private UUID payoutTransactionId;

        private Copy(ClaimBatch batch) {
            status = batch.status;
            totalFen = batch.totalFen;
            crossRegionFen = batch.crossRegionFen;
            submittedAt = batch.submittedAt;
            approvedBy = batch.approvedBy;
            approvedAt = batch.approvedAt;
            paidAt = batch.paidAt;
            paymentReference = batch.paymentReference;
            paidRecordedBy = batch.paidRecordedBy;
            payoutTransactionId = batch.payoutTransactionId;
        }
    }
}
