package io.deltashare.instrumentcatalog.instrument.domain;

/**
 * Where an instrument stands. {@code SUBMITTED}: listed by its provider, waiting for the platform's review, not live;
 * {@code REJECTED}: the review refused it (the provider may correct it, which submits it again). Once approved it is
 * live: {@code ACTIVE} (bookable) or {@code MAINTENANCE} (for now not); {@code WITHDRAWN} never again.
 */
public enum InstrumentStatus {
    SUBMITTED,
    REJECTED,
    ACTIVE,
    MAINTENANCE,
    WITHDRAWN;

    /** Whether the other services and the public catalog know of it: once approved, until withdrawn. */
    public boolean live() {
        return this == ACTIVE || this == MAINTENANCE;
    }

    /** The reason its provider may not move it to {@code target}, or null when it may. */
    public String refusalToBecome(InstrumentStatus target) {
        if (this == WITHDRAWN) {
            return "the instrument was withdrawn and cannot change any more";
        }
        if (this == target) {
            return "the instrument is already " + this;
        }
        if (!live() && target != WITHDRAWN) {
            return "the instrument is " + this + ": it goes live when the platform approves its listing";
        }
        return null;
    }
}
