package io.deltashare.booking.reservation.application;

import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.CompletionRules;
import io.deltashare.contracts.booking.Fee;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking as its firm and provider see it through the API: the booking, what the voucher holds for it and what is
 * left for the firm to pay, what a
 * cancellation or no-show charged, why it was rejected, and the provider's usage report once there is one. The API's
 * own type: the event contract ({@code BookingSnapshot}) may change without it, and it without the events.
 */
public record BookingView(
        Details booking,
        @Schema(nullable = true) Money voucherHeld,

        @Schema(
                nullable = true,
                description = "the fee less what the voucher holds; null while the voucher has not answered")
        Money firmShare,

        @Schema(nullable = true) Money charge,
        @Schema(nullable = true) String reason,
        Instant createdAt,
        @Schema(nullable = true) UsageReport usageReport) {

    /**
     * What was booked, by whom, from whom, for how much, and where it stands.
     *
     * @param mode   {@code SLOT} (instrument time from {@code start} to {@code end}) or {@code SAMPLE} ({@code samples})
     * @param fee    as quoted, or as computed from the reported usage
     * @param status {@code REQUESTED}, {@code PENDING_APPROVAL}, {@code CONFIRMED}, {@code IN_PROGRESS},
     *               {@code DELIVERED}, {@code DISPUTED}, {@code COMPLETED}, {@code REJECTED}, {@code CANCELLED} or
     *               {@code NO_SHOW}
     */
    @Schema(name = "BookingDetails")
    public record Details(
            UUID id,
            UUID instrumentId,
            String instrumentCategory,
            UUID providerId,
            UUID providerOrganizationId,
            Region providerRegion,
            UUID firmOrganizationId,
            Region firmRegion,
            String mode,
            @Schema(nullable = true) Instant start,
            @Schema(nullable = true) Instant end,
            @Schema(nullable = true) Integer samples,
            String tier,
            Fee fee,
            @Schema(nullable = true) UUID voucherId,
            String status,
            long version,

            @Schema(
                    description =
                            "made by a partner in sandbox mode to test its integration: no voucher pays it, and no statement, claim or indicator counts it")
            boolean sandbox) {}

    /**
     * The provider's report of the usage (its fee is {@code booking.fee}): when it was made, until when the firm may
     * dispute it, whether it needs the firm's acceptance (beyond what was booked), and the firm's dispute if any.
     */
    public record UsageReport(
            Instant reportedAt,
            Instant disputableUntil,
            boolean firmConsentRequired,
            @Schema(nullable = true) String dispute) {}

    static BookingView of(Booking b, CompletionRules completion) {
        var p = b.parties();
        Details details = new Details(
                b.id(),
                p.instrumentId(),
                p.instrumentCategory(),
                p.providerId(),
                p.providerOrganizationId(),
                p.providerRegion(),
                p.firmOrganizationId(),
                p.firmRegion(),
                b.mode().name(),
                b.start(),
                b.end(),
                b.samples(),
                b.tier(),
                PublishedEvents.fee(b.fee()),
                b.voucherId(),
                b.status().name(),
                b.version(),
                p.sandbox());
        Money held = b.voucherHeldFen() == null ? null : Money.ofFen(b.voucherHeldFen());
        return new BookingView(
                details,
                held,
                b.awaitsVoucher() ? null : Money.ofFen(b.fee().amountFen()).minus(held == null ? Money.ZERO : held),
                b.chargeFen() == null ? null : Money.ofFen(b.chargeFen()),
                b.reason(),
                b.createdAt(),
                b.usage() == null
                        ? null
                        : new UsageReport(
                                b.usage().reportedAt(),
                                completion.disputableUntil(b.usage().reportedAt()),
                                b.usage().firmConsentRequired(),
                                b.usage().dispute()));
    }
}
