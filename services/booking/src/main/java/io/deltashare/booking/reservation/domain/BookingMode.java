package io.deltashare.booking.reservation.domain;

/** How an instrument is booked: instrument time the firm uses, or tests the provider runs per sample. */
public enum BookingMode {
    SLOT,
    SAMPLE
}
