package io.deltashare.booking.quotation.domain;

/** A quote is {@code SUBMITTED} until its provider withdraws it or the firm accepts it. */
public enum QuoteStatus {
    SUBMITTED,
    WITHDRAWN,
    ACCEPTED
}
