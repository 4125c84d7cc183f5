package io.deltashare.booking.reservation.domain;

/** A broken booking rule: which field of the request, and why, in words a firm can act on. */
public record Violation(String field, String reason) {
}
