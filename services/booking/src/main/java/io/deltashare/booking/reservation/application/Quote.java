package io.deltashare.booking.reservation.application;

import io.deltashare.contracts.booking.Fee;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a booking would cost the caller. With a voucher, {@code voucherRule} states how its share is decided: the
 * voucher service holds the program's coverage ratio of the fee, capped by the voucher's balance, when the booking is
 * made, and answers with the exact amount.
 */
public record Quote(
        UUID instrumentId,
        String tier,
        Fee fee,
        @Schema(nullable = true) UUID voucherId,
        @Schema(nullable = true) String voucherRule) {}
