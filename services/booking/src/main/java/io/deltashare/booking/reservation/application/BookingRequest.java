package io.deltashare.booking.reservation.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * A firm's request: a time slot ({@code start}, {@code end}) on a {@code SLOT} instrument or a number of
 * {@code samples} on a {@code SAMPLE} one, optionally paid in part with a voucher. A partner client names the linked
 * firm it books for in {@code firmOrganizationId}; a firm's staff may leave it out.
 */
public record BookingRequest(@NotNull UUID instrumentId, Instant start, Instant end,
                             @Min(value = 1, message = "at least 1") @Max(value = 10_000, message = "at most 10000")
                             Integer samples,
                             UUID voucherId, UUID firmOrganizationId) {
}
