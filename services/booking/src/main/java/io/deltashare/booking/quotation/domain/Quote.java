package io.deltashare.booking.quotation.domain;

import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A provider's answer to a request for quotation: its {@link QuoteTerms}, binding until {@code validUntil}. */
public record Quote(
        UUID id,
        UUID requestId,
        Recipient recipient,
        QuoteTerms terms,
        QuoteStatus status,
        String submittedBy,
        Instant submittedAt,
        long version) {

    /** The provider takes its quote back; an accepted one is a contract and stays. */
    public Decision<Quote> withdraw() {
        if (status != QuoteStatus.SUBMITTED) {
            return Decision.reject(
                    Rejection.conflict("quote-not-open", "quote " + id + " is " + status + " and cannot be withdrawn"));
        }
        return Decision.accept(with(QuoteStatus.WITHDRAWN));
    }

    /** Whether the firm may still accept it on {@code today}. */
    public boolean holdsOn(LocalDate today) {
        return !terms.validUntil().isBefore(today);
    }

    Quote with(QuoteStatus next) {
        return new Quote(id, requestId, recipient, terms, next, submittedBy, submittedAt, version);
    }
}
