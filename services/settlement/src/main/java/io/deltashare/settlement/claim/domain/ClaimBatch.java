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
 * @param totalFen        what the bureau owes for the batch's redemptions
 * @param crossRegionFen  the part of it spent at providers in other provinces (通用通兑)
 */
public record ClaimBatch(
        UUID id,
        Region region,
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

    /** A new, empty batch for {@code region}'s redemptions of {@code month}, once that month has begun. */
    public static Decision<ClaimBatch> draft(UUID id, Region region, YearMonth month, String by, Instant now) {
        if (start(month).isAfter(now)) {
            return Decision.reject(Rejection.conflict("month-not-started", month + " has not begun"));
        }
        return Decision.accept(new ClaimBatch(
                id, region, month, BatchStatus.DRAFT, 0, 0, by, now, null, null, null, null, null, null, null, 0));
    }

    /**
     * The draft with the redemptions it claimed: {@code count} of them, {@code totalFen} in all, of which
     * {@code crossRegionFen} at providers elsewhere. A batch of nothing is not drafted.
     */
    public Decision<ClaimBatch> claimed(long count, long total, long crossRegion) {
        if (count == 0) {
            return Decision.reject(Rejection.conflict(
                    "nothing-to-claim",
                    "no redemption of " + region.code() + " vouchers in " + month + " is waiting for a claim batch"));
        }
        return Decision.accept(new ClaimBatch(
                id,
                region,
                month,
                status,
                total,
                crossRegion,
                createdBy,
                createdAt,
                submittedAt,
                approvedBy,
                approvedAt,
                paidAt,
                paymentReference,
                paidRecordedBy,
                payoutTransactionId,
                version));
    }

    public Decision<ClaimBatch> submit(Instant now) {
        return to(BatchStatus.SUBMITTED)
                .map(b -> new ClaimBatch(
                        id,
                        region,
                        month,
                        b.status,
                        totalFen,
                        crossRegionFen,
                        createdBy,
                        createdAt,
                        now,
                        approvedBy,
                        approvedAt,
                        paidAt,
                        paymentReference,
                        paidRecordedBy,
                        payoutTransactionId,
                        version));
    }

    /** The bureau commits to paying the batch. */
    public Decision<ClaimBatch> approve(String by, Instant now) {
        return to(BatchStatus.APPROVED)
                .map(b -> new ClaimBatch(
                        id,
                        region,
                        month,
                        b.status,
                        totalFen,
                        crossRegionFen,
                        createdBy,
                        createdAt,
                        submittedAt,
                        by,
                        now,
                        paidAt,
                        paymentReference,
                        paidRecordedBy,
                        payoutTransactionId,
                        version));
    }

    /** Whether the batch may be recorded paid now: only once approved. */
    public Decision<ClaimBatch> payable() {
        return to(BatchStatus.PAID).map(b -> this);
    }

    /** The bureau's transfer arrived ({@code reference}), posted as journal transaction {@code payout}. */
    public Decision<ClaimBatch> paid(String reference, String by, Instant now, UUID payout) {
        return to(BatchStatus.PAID)
                .map(b -> new ClaimBatch(
                        id,
                        region,
                        month,
                        b.status,
                        totalFen,
                        crossRegionFen,
                        createdBy,
                        createdAt,
                        submittedAt,
                        approvedBy,
                        approvedAt,
                        now,
                        reference,
                        by,
                        payout,
                        version));
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
        return Decision.accept(new ClaimBatch(
                id,
                region,
                month,
                target,
                totalFen,
                crossRegionFen,
                createdBy,
                createdAt,
                submittedAt,
                approvedBy,
                approvedAt,
                paidAt,
                paymentReference,
                paidRecordedBy,
                payoutTransactionId,
                version));
    }
}
