package io.deltashare.instrumentcatalog.instrument.domain;

/** {@code SLOT}: the firm uses instrument time, priced per hour; {@code SAMPLE}: the provider tests samples, priced per sample. */
public enum BookingMode {
    SLOT,
    SAMPLE
}
