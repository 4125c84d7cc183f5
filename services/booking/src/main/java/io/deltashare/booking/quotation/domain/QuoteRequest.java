package io.deltashare.booking.quotation.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A firm's request for quotation (询价): what it needs, sent to one provider or to every provider of a category in
 * chosen regions (its {@link Recipient}s). Providers answer with {@link Quote}s until {@code respondBy}; the firm
 * accepts one, which awards the request and becomes an order with the quote's terms. Immutable: each decision gives
 * the request as it is after it.
 *
 * @param category the category the request was sent to every provider of, or null when it names offers
 * @param wantedBy the day the firm would like the work done by, or null
 */
public record QuoteRequest(
        UUID id,
        UUID firmOrganizationId,
        Region firmRegion,
        String requestedBy,
        String title,
        String description,
        String category,
        LocalDate wantedBy,
        Instant respondBy,
        List<Recipient> recipients,
        QuoteRequestStatus status,
        UUID awardedQuoteId,
        Instant createdAt,
        long version) {

    /** A request goes to at most this many providers. */
    public static final int MAX_RECIPIENTS = 20;

    /** Providers have at most this long to answer. */
    public static final Duration LONGEST_RESPONSE_TIME = Duration.ofDays(90);

    public QuoteRequest {
        recipients = List.copyOf(recipients);
    }

    /** A quote and the request it awarded (or that opened again), decided together. */
    public record Award(QuoteRequest request, Quote quote) {}

    /**
     * A firm asks {@code recipients} for quotes; they answer until {@code respondBy}, which lies in the next
     * {@link #LONGEST_RESPONSE_TIME}. A request that reaches no provider is refused with the reason.
     */
    public static Decision<QuoteRequest> open(QuoteRequest draft, Instant now) {
        if (!draft.respondBy().isAfter(now) || draft.respondBy().isAfter(now.plus(LONGEST_RESPONSE_TIME))) {
            return Decision.reject(Rejection.invalid(
                    "respondBy", "must lie in the future, at most " + LONGEST_RESPONSE_TIME.toDays() + " days ahead"));
        }
        if (draft.recipients().isEmpty()) {
            return Decision.reject(Rejection.conflict(
                    "no-providers",
                    draft.category() == null
                            ? "none of the named services takes requests now"
                            : "no provider offers a live service of category '" + draft.category()
                                    + "' in the chosen regions",
                    draft.category() == null ? "serviceOfferIds" : "regions"));
        }
        if (draft.recipients().size() > MAX_RECIPIENTS) {
            return Decision.reject(Rejection.invalid(
                    "regions", "reaches " + draft.recipients().size() + " providers; narrow it to " + MAX_RECIPIENTS));
        }
        return Decision.accept(new QuoteRequest(
                draft.id(),
                draft.firmOrganizationId(),
                draft.firmRegion(),
                draft.requestedBy(),
                draft.title(),
                draft.description(),
                draft.category(),
                draft.wantedBy(),
                draft.respondBy(),
                draft.recipients(),
                QuoteRequestStatus.OPEN,
                null,
                now,
                0));
    }

    /** The recipient that is the provider of organization {@code providerOrganizationId}, if the request went to it. */
    public Optional<Recipient> recipientOf(UUID providerOrganizationId) {
        return recipients.stream()
                .filter(r -> r.providerOrganizationId().equals(providerOrganizationId))
                .findFirst();
    }

    /**
     * {@code recipient} quotes {@code terms}: while the request is open and before {@code respondBy}, once per
     * provider at a time ({@code alreadyQuoted}: it withdraws its quote first to send another).
     */
    public Decision<Quote> quote(
            UUID quoteId,
            Recipient recipient,
            QuoteTerms terms,
            boolean alreadyQuoted,
            String submittedBy,
            Instant now,
            LocalDate today) {
        if (status != QuoteRequestStatus.OPEN) {
            return Decision.reject(notOpen());
        }
        if (!now.isBefore(respondBy)) {
            return Decision.reject(
                    Rejection.conflict("quotation-closed", "quotes for request " + id + " were due by " + respondBy));
        }
        if (alreadyQuoted) {
            return Decision.reject(Rejection.conflict(
                    "already-quoted", "the provider has a quote on this request; withdraw it to send another"));
        }
        return Decision.unlessViolated(
                terms.violations(today),
                () -> new Quote(quoteId, id, recipient, terms, QuoteStatus.SUBMITTED, submittedBy, now, 0));
    }

    /**
     * The firm accepts {@code quote}: an open request is awarded to a submitted quote of its own that still holds on
     * {@code today}. Only one quote of a request is ever accepted.
     */
    public Decision<Award> accept(Quote quote, LocalDate today) {
        if (status != QuoteRequestStatus.OPEN) {
            return Decision.reject(notOpen());
        }
        if (!quote.requestId().equals(id) || quote.status() != QuoteStatus.SUBMITTED) {
            return Decision.reject(Rejection.conflict(
                    "quote-not-open", "quote " + quote.id() + " is " + quote.status() + " and cannot be accepted"));
        }
        if (!quote.holdsOn(today)) {
            return Decision.reject(Rejection.conflict(
                    "quote-expired",
                    "quote " + quote.id() + " held until " + quote.terms().validUntil()));
        }
        return Decision.accept(
                new Award(with(QuoteRequestStatus.AWARDED, quote.id()), quote.with(QuoteStatus.ACCEPTED)));
    }

    /** The order of {@code accepted} could not go on (its voucher refused): the request is open again, and the quote. */
    public Decision<Award> reopen(Quote accepted) {
        if (status != QuoteRequestStatus.AWARDED || !accepted.id().equals(awardedQuoteId)) {
            return Decision.reject(Rejection.conflict(
                    "request-not-awarded", "request " + id + " is " + status + ", not awarded to " + accepted.id()));
        }
        return Decision.accept(new Award(with(QuoteRequestStatus.OPEN, null), accepted.with(QuoteStatus.SUBMITTED)));
    }

    /** The firm no longer wants quotes; an awarded request has an order, which is cancelled on its own. */
    public Decision<QuoteRequest> cancel() {
        if (status != QuoteRequestStatus.OPEN) {
            return Decision.reject(notOpen());
        }
        return Decision.accept(with(QuoteRequestStatus.CANCELLED, null));
    }

    private QuoteRequest with(QuoteRequestStatus next, UUID awarded) {
        return new QuoteRequest(
                id,
                firmOrganizationId,
                firmRegion,
                requestedBy,
                title,
                description,
                category,
                wantedBy,
                respondBy,
                recipients,
                next,
                awarded,
                createdAt,
                version);
    }

    private Rejection notOpen() {
        return Rejection.conflict("request-not-open", "request " + id + " is " + status);
    }
}
