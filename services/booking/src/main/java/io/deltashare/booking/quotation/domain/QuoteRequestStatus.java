package io.deltashare.booking.quotation.domain;

/**
 * Where a request for quotation stands: {@code OPEN} (providers quote, the firm may accept one), {@code AWARDED} (a
 * quote became an order) or {@code CANCELLED} by the firm. An order whose voucher refused to pay opens it again.
 */
public enum QuoteRequestStatus {
    OPEN,
    AWARDED,
    CANCELLED
}
