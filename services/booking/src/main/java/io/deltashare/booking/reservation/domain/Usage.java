package io.deltashare.booking.reservation.domain;

/** Actual usage as a provider reports it (or the platform admin decides it): minutes of a slot, or samples tested. */
public record Usage(Integer actualMinutes, Integer actualSamples) {}
