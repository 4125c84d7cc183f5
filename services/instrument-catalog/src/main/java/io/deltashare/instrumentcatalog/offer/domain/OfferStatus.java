package io.deltashare.instrumentcatalog.offer.domain;

/**
 * Where a service offer stands. {@code SUBMITTED}: waiting for the platform's review, not live; {@code REJECTED}: the
 * review refused it (a correction submits it again). Once approved it is live: {@code ACTIVE} (firms may ask for it)
 * or {@code PAUSED} (shown, but for now not taking requests); {@code WITHDRAWN} never again.
 */
public enum OfferStatus {
    SUBMITTED,
    REJECTED,
    ACTIVE,
    PAUSED,
    WITHDRAWN;

    /** Whether the other services and the public catalog know of it: once approved, until withdrawn. */
    public boolean live() {
        return this == ACTIVE || this == PAUSED;
    }

    /** The reason its provider may not move it to {@code target}, or null when it may. */
    String refusalToBecome(OfferStatus target) {
        if (this == WITHDRAWN) {
            return "the service was withdrawn and cannot change any more";
        }
        if (this == target) {
            return "the service is already " + this;
        }
        if (!live() && target != WITHDRAWN) {
            return "the service is " + this + ": it goes live when the platform approves it";
        }
        return null;
    }
}
