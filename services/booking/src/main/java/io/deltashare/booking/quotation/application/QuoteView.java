package io.deltashare.booking.quotation.application;

import io.deltashare.booking.quotation.domain.Quote;
import io.deltashare.booking.quotation.domain.QuoteTerms;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's quote as the API shows it: its terms, with each milestone's amount worked out exactly. */
public record QuoteView(
        UUID id,
        UUID requestId,
        UUID serviceOfferId,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        Money price,
        String deliverables,
        List<MilestoneView> milestones,
        LocalDate validUntil,
        int cancellationFeePercent,
        @Schema(nullable = true) String cancellationTerms,
        String status,
        Instant submittedAt) {

    /** A quoted milestone: its share of the price and the amount that share comes to. */
    @Schema(name = "QuotedMilestone")
    public record MilestoneView(String title, int sharePercent, Money amount, LocalDate due) {}

    static QuoteView of(Quote quote) {
        QuoteTerms terms = quote.terms();
        List<Long> amounts = terms.milestoneAmounts();
        List<MilestoneView> milestones = new ArrayList<>();
        for (int i = 0; i < terms.milestones().size(); i++) {
            QuoteTerms.QuotedMilestone m = terms.milestones().get(i);
            milestones.add(new MilestoneView(m.title(), m.sharePercent(), Money.ofFen(amounts.get(i)), m.due()));
        }
        return new QuoteView(
                quote.id(),
                quote.requestId(),
                quote.recipient().serviceOfferId(),
                quote.recipient().providerId(),
                quote.recipient().providerOrganizationId(),
                quote.recipient().providerRegion(),
                Money.ofFen(terms.priceFen()),
                terms.deliverables(),
                milestones,
                terms.validUntil(),
                terms.cancellationFeePercent(),
                terms.cancellationTerms(),
                quote.status().name(),
                quote.submittedAt());
    }
}
