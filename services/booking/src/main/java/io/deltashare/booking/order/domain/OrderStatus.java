package io.deltashare.booking.order.domain;

/**
 * Where an order stands. {@code AWAITING_VOUCHER}: placed with a voucher that has not answered yet; {@code ACTIVE}:
 * the provider works and delivers milestones; {@code COMPLETED}: every milestone accepted; {@code CANCELLED} by the
 * firm; {@code REJECTED}: its voucher refused to pay, nothing is owed.
 */
public enum OrderStatus {
    AWAITING_VOUCHER,
    ACTIVE,
    COMPLETED,
    CANCELLED,
    REJECTED;

    public boolean ended() {
        return this == COMPLETED || this == CANCELLED || this == REJECTED;
    }
}
