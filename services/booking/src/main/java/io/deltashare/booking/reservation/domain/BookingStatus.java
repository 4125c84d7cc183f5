package io.deltashare.booking.reservation.domain;

import java.util.EnumSet;

/** Where a booking stands, and which moves are legal from there. */
public enum BookingStatus {
    /** Waiting for the voucher's hold. */
    REQUESTED,
    /** Waiting for the provider's approval. */
    PENDING_APPROVAL,
    CONFIRMED,
    IN_PROGRESS,
    /** The provider reported the usage; the firm accepts or disputes it (see CompletionRules). Nothing charged yet. */
    DELIVERED,
    /** The firm disputes the reported usage; the provider reports again or the platform admin decides. */
    DISPUTED,
    /** Usage agreed: the fee is charged and a voucher's share redeemed. */
    COMPLETED,
    REJECTED,
    CANCELLED,
    NO_SHOW;

    public boolean canBecome(BookingStatus target) {
        return switch (this) {
            case REQUESTED ->
                EnumSet.of(PENDING_APPROVAL, CONFIRMED, REJECTED, CANCELLED).contains(target);
            case PENDING_APPROVAL -> EnumSet.of(CONFIRMED, REJECTED, CANCELLED).contains(target);
            case CONFIRMED -> EnumSet.of(IN_PROGRESS, CANCELLED, NO_SHOW).contains(target);
            case IN_PROGRESS -> target == DELIVERED;
            case DELIVERED -> EnumSet.of(COMPLETED, DISPUTED).contains(target);
            case DISPUTED -> EnumSet.of(DELIVERED, COMPLETED).contains(target);
            case COMPLETED, REJECTED, CANCELLED, NO_SHOW -> false;
        };
    }

    /** Why this booking cannot move to {@code target}, or null when it can. */
    public String refusalToBecome(BookingStatus target) {
        return canBecome(target) ? null : "a booking that is " + this + " cannot become " + target;
    }
}
