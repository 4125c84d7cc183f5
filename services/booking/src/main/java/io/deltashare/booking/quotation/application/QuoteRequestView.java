package io.deltashare.booking.quotation.application;

import io.deltashare.booking.quotation.domain.Quote;
import io.deltashare.booking.quotation.domain.QuoteRequest;
import io.deltashare.booking.quotation.domain.Recipient;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request for quotation as the API shows it, with the quotes the caller may see: the firm and the admin see every
 * quote, a provider only its own.
 */
public record QuoteRequestView(
        UUID id,
        UUID firmOrganizationId,
        Region firmRegion,
        String title,
        String description,

        @Schema(nullable = true, description = "the category the request went to every provider of")
        String category,

        @Schema(nullable = true) LocalDate wantedBy,
        Instant respondBy,
        String status,
        @Schema(nullable = true) UUID awardedQuoteId,
        List<RecipientView> recipients,
        List<QuoteView> quotes,
        Instant createdAt,
        long version) {

    /** A provider the request went to, through one of its service offers. */
    public record RecipientView(
            UUID serviceOfferId,
            UUID providerId,
            UUID providerOrganizationId,
            Region providerRegion,
            String kind,
            String category,
            LocalizedText serviceName) {

        static RecipientView of(Recipient r) {
            return new RecipientView(
                    r.serviceOfferId(),
                    r.providerId(),
                    r.providerOrganizationId(),
                    r.providerRegion(),
                    r.kind().name(),
                    r.category(),
                    r.serviceName());
        }
    }

    static QuoteRequestView of(QuoteRequest request, List<Recipient> recipients, List<Quote> quotes) {
        return new QuoteRequestView(
                request.id(),
                request.firmOrganizationId(),
                request.firmRegion(),
                request.title(),
                request.description(),
                request.category(),
                request.wantedBy(),
                request.respondBy(),
                request.status().name(),
                request.awardedQuoteId(),
                recipients.stream().map(RecipientView::of).toList(),
                quotes.stream().map(QuoteView::of).toList(),
                request.createdAt(),
                request.version());
    }
}
