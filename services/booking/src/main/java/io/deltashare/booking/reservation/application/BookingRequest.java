package io.deltashare.booking.reservation.application;

import io.deltashare.booking.reservation.domain.Booking;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A firm's request: a time slot ({@code start}, {@code end}) on a {@code SLOT} instrument or a number of
 * {@code samples} on a {@code SAMPLE} one, optionally paid in part with a voucher: one named in {@code voucherId},
 * or with {@code "voucher": "auto"} the one the system picks (one-click ordering, 一键下单). A partner client names the linked
 * firm it books for in {@code firmOrganizationId}; a firm's staff may leave it out.
 */
@Schema(
        examples = "{\"instrumentId\":\"6f1c2b1e-8d2a-4c55-9a55-3f0e8c1d2a10\",\"start\":\"2026-12-08T01:00:00Z\","
                + "\"end\":\"2026-12-08T03:00:00Z\",\"voucherId\":\"b3f5a7c9-1d2e-4f60-8a7b-9c0d1e2f3a4b\"}")
public record BookingRequest(
        @NotNull UUID instrumentId,
        Instant start,
        Instant end,

        @Min(value = 1, message = "at least 1") @Max(value = 10_000, message = "at most 10000")
        Integer samples,

        UUID voucherId,

        @Schema(
                description = "`auto`: one-click ordering, the system picks the firm's voucher that applies "
                        + "(accepted at the provider's region, pays for the category, money left, soonest to "
                        + "expire) or none if none does; `none` or absent: no voucher unless voucherId names one",
                enumeration = {"auto", "none"},
                nullable = true)
        @Pattern(regexp = "auto|none", message = "is auto or none; to name a voucher, send voucherId")
        String voucher,

        UUID firmOrganizationId) {

    /** Whether the caller asks the system to choose the voucher (one-click ordering). */
    public boolean voucherChosenBySystem() {
        return "auto".equals(voucher);
    }

    /** What the firm asks the instrument for, as the booking rules read it, paid in part by {@code voucher}. */
    Booking.Request asked(UUID voucher) {
        return new Booking.Request(start, end, samples, voucher);
    }

    /** What the firm asks the instrument for, as the booking rules read it. */
    Booking.Request asked() {
        return asked(voucherId);
    }
}
