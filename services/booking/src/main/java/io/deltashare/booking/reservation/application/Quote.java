package io.deltashare.booking.reservation.application;

import io.deltashare.contracts.booking.Fee;
import io.deltashare.contracts.money.Money;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a booking would cost the caller. With a voucher, {@code voucherRule} states how its share is decided: the
 * voucher service holds the program's coverage ratio of the fee, capped by the voucher's balance, when the booking is
 * made, and answers with the exact amount; {@code voucherShare} and {@code firmShare} are that amount as booking
 * expects it from the voucher's last known balance (always for {@code "voucher": "auto"}, which picks the voucher).
 */
public record Quote(
        UUID instrumentId,
        String tier,
        Fee fee,
        @Schema(nullable = true) UUID voucherId,
        @Schema(nullable = true) String voucherRule,

        @Schema(nullable = true, description = "what the voucher would pay, when booking knows the voucher")
        Money voucherShare,

        @Schema(nullable = true, description = "the fee less the voucher's share, when that share is known")
        Money firmShare) {}
