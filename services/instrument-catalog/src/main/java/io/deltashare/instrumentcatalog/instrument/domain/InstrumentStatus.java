package io.deltashare.instrumentcatalog.instrument.domain;

/** Whether an instrument can be booked: {@code ACTIVE} yes; {@code MAINTENANCE} for now not; {@code WITHDRAWN} never again. */
public enum InstrumentStatus {
    ACTIVE,
    MAINTENANCE,
    WITHDRAWN;

    /** The reason a move to {@code target} is not allowed, or null when it is. */
    public String refusalToBecome(InstrumentStatus target) {
        if (this == WITHDRAWN) {
            return "the instrument was withdrawn and cannot change any more";
        }
        if (this == target) {
            return "the instrument is already " + this;
        }
        return null;
    }
}
