package io.deltashare.booking.order.domain;

/** A milestone is {@code PENDING}, then {@code DELIVERED}; the firm accepts it (billed) or disputes it (delivered again). */
public enum MilestoneStatus {
    PENDING,
    DELIVERED,
    ACCEPTED,
    DISPUTED
}
