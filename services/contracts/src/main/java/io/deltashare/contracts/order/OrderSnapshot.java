package io.deltashare.contracts.order;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order for a service (testing, technical development, a facility package): the accepted quote's terms, frozen,
 * and where its milestones stand. Each milestone is billed when the firm accepts it; the milestones' amounts add up to
 * {@code price} exactly. With a voucher, {@code voucherHeld} is what the voucher holds for the order (zero until it
 * answers).
 *
 * @param status                  {@code AWAITING_VOUCHER}, {@code ACTIVE}, {@code COMPLETED}, {@code CANCELLED} or
 *                                {@code REJECTED} (the voucher refused to pay)
 * @param cancellationFeePercent  the share of the not yet accepted milestones the firm owes when it cancels
 * @param sandbox                 placed by a partner in sandbox mode, to test an integration: no voucher pays it, and
 *                                no ledger, statement, claim or indicator counts it (absent in older events: false)
 */
public record OrderSnapshot(
        UUID id,
        UUID quoteRequestId,
        UUID quoteId,
        UUID serviceOfferId,
        UUID firmOrganizationId,
        Region firmRegion,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        ServiceKind kind,
        String category,
        LocalizedText serviceName,
        String title,
        Money price,
        List<Milestone> milestones,
        int cancellationFeePercent,
        @Schema(nullable = true) UUID voucherId,
        @Schema(nullable = true) Money voucherHeld,
        String status,
        Instant placedAt,
        long version,
        boolean sandbox) {

    /**
     * A part of the work, billed when the firm accepts it.
     *
     * @param status {@code PENDING}, {@code DELIVERED}, {@code ACCEPTED} or {@code DISPUTED}
     */
    public record Milestone(int number, String title, Money amount, LocalDate due, String status) {}
}
