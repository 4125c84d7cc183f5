package io.deltashare.settlement.reconciliation.domain;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One fact two services disagree on, named so an operator knows where to look. {@code expectedFen} is what the
 * service that owns the fact says, {@code recordedFen} what the other recorded (null where an amount means nothing).
 */
public record Discrepancy(Kind kind, UUID bookingId, String detail, Long expectedFen, Long recordedFen) {

    /** What disagrees. */
    @Schema(name = "DiscrepancyKind")
    public enum Kind {
        /** Settlement lacks the posting a booking's fee, charge or voucher redemption calls for. */
        POSTING_MISSING,
        /** Settlement posted the same fact more than once. */
        POSTED_TWICE,
        /** The posting's amount differs from the booking's or the voucher's. */
        POSTING_AMOUNT,
        /** Settlement posted something the booking or voucher does not back (it never happened, or not like that). */
        POSTING_UNFOUNDED,
        /** A booking that completed with a voucher's hold, whose voucher never redeemed. */
        REDEMPTION_MISSING,
        /** A redemption settlement would claim from a bureau that the voucher does not show, or not for that amount. */
        CLAIM_UNFOUNDED,
        /** A redemption the voucher made that settlement has no record of, so no bureau would ever be claimed. */
        CLAIM_MISSING,
        /** The booking counts on a voucher hold that the voucher does not have. */
        HOLD_MISSING,
        /** A hold for a booking that booking does not know. */
        HOLD_WITHOUT_BOOKING,
        /** A hold whose state does not fit its booking's (held for an ended booking, released for a live one...). */
        HOLD_STATE,
        /** A booking that has waited for its voucher's answer longer than the saga allows. */
        SAGA_WAITING
    }
}
