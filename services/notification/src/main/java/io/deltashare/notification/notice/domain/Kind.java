package io.deltashare.notification.notice.domain;

import java.util.Locale;

/**
 * The kinds of notification people receive, each e-mailed from its own template; a person may turn any of them off.
 * A later feature adds a kind here, a template pair and a consumer that turns its event into a {@link Notice}.
 */
public enum Kind {
    /** To the provider's staff: a firm asked for instrument time or a test. */
    BOOKING_REQUESTED,
    /** To the firm: the provider confirmed. */
    BOOKING_CONFIRMED,
    /** To the firm: the provider or the voucher said no. */
    BOOKING_REJECTED,
    /** To the provider's staff: the firm cancelled. */
    BOOKING_CANCELLED,
    /** To the firm: a confirmed booking starts within a day. */
    BOOKING_REMINDER,
    /** To the firm: the booking is done, with the fee and the voucher's share. */
    BOOKING_COMPLETED,
    /** To the provider's staff: a firm placed an order for a service. */
    ORDER_PLACED,
    /** To the firm: every milestone accepted, the order is done. */
    ORDER_COMPLETED,
    /** To the provider's staff: the firm cancelled the order. */
    ORDER_CANCELLED,
    /** To the firm: the voucher refused to pay, the order will not go ahead. */
    ORDER_REJECTED,
    /** To the bureau running the program: a firm applied for a voucher. */
    VOUCHER_APPLIED,
    /** To the firm: its application was approved and the voucher issued. */
    VOUCHER_ISSUED,
    /** To the firm: its application was turned down. */
    VOUCHER_APPLICATION_REJECTED,
    /** To the firm: a voucher expires in a few days (30, then 7). */
    VOUCHER_EXPIRING,
    /** To the officers of the bureau that pays it: a claim batch waits for their approval. */
    CLAIM_BATCH_SUBMITTED,
    /** To the finance officers: a bureau approved a claim batch, it is to be paid. */
    CLAIM_BATCH_APPROVED,
    /** To the bureau: its claim batch was paid. */
    CLAIM_BATCH_PAID,
    /** To the party: its monthly statement is issued. */
    STATEMENT_ISSUED;

    /** The template's name: {@code booking-confirmed} for {@link #BOOKING_CONFIRMED}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind named {@code name} (any case), or null when there is none. */
    public static Kind named(String name) {
        for (Kind kind : values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        return null;
    }
}
