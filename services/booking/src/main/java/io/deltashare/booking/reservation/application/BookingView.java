package io.deltashare.booking.reservation.application;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking as its firm and provider see it: the snapshot other services receive, what the voucher holds for it,
 * what a cancellation or no-show charged, why it was rejected, and the provider's usage report once there is one.
 */
public record BookingView(BookingSnapshot booking, @Schema(nullable = true) Money voucherHeld,
                          @Schema(nullable = true) Money charge, @Schema(nullable = true) String reason,
                          Instant createdAt, @Schema(nullable = true) UsageReport usageReport) {

    /**
     * The provider's report of the usage (its fee is {@code booking.fee}): when it was made, until when the firm may
     * dispute it, whether it needs the firm's acceptance (beyond what was booked), and the firm's dispute if any.
     */
    public record UsageReport(Instant reportedAt, Instant disputableUntil, boolean firmConsentRequired,
                              @Schema(nullable = true) String dispute) {
    }
}
