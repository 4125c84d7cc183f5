package io.deltashare.booking.reservation.domain;

/**
 * The price list a customer books from, which follows from the kind of organization it was admitted as, never from
 * the request: researchers of universities and institutes pay the academic price, firms the enterprise price.
 */
public enum PriceTier {
    ACADEMIC,
    ENTERPRISE
}
