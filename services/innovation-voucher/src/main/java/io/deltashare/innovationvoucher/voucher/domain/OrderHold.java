package io.deltashare.innovationvoucher.voucher.domain;

import java.math.BigInteger;
import java.util.UUID;

/**
 * What a voucher holds for an order of a service, and how much of it the accepted milestones have redeemed. Each
 * milestone redeems the hold's share of its amount ({@code held × milestone ÷ price}, rounded down to the fen); the
 * last milestone takes what the hold has left, so the redemptions add up to the hold exactly and never exceed it.
 */
public record OrderHold(UUID orderId, UUID voucherId, long heldFen, long redeemedFen, long priceFen) {

    /** What the hold still keeps for the milestones not yet accepted. */
    public long remainingFen() {
        return heldFen - redeemedFen;
    }

    /** What accepting a milestone of {@code milestoneFen} redeems; {@code last} when it completes the order. */
    public long shareOf(long milestoneFen, boolean last) {
        if (last) {
            return remainingFen();
        }
        long proportional = BigInteger.valueOf(heldFen)
                .multiply(BigInteger.valueOf(milestoneFen))
                .divide(BigInteger.valueOf(priceFen))
                .longValueExact();
        return Math.min(proportional, remainingFen());
    }

    /** The hold after {@code fen} was redeemed. */
    public OrderHold redeemed(long fen) {
        return new OrderHold(orderId, voucherId, heldFen, redeemedFen + fen, priceFen);
    }
}
