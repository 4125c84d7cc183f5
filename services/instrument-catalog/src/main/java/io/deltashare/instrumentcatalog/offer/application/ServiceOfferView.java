package io.deltashare.instrumentcatalog.offer.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceOfferSnapshot;
import io.deltashare.contracts.money.Money;
import io.deltashare.instrumentcatalog.offer.domain.ServiceOffer;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.rating.application.RatingSummary;
import io.deltashare.instrumentcatalog.search.application.WrittenOnce;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A service offer as the API shows it, with its provider's region and city. The API's own type: the event contract
 * ({@code ServiceOfferSnapshot}) may change without it, and it without the events.
 */
@WrittenOnce
public record ServiceOfferView(
        UUID id,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        String city,
        String type,

        @Schema(description = "the kind of service a voucher program names: INSTRUMENT_TIME, TESTING or DEVELOPMENT")
        String kind,

        LocalizedText name,
        LocalizedText description,
        String category,
        String priceBasis,

        @Schema(nullable = true, description = "absent when priced by quotation")
        Money academicPrice,

        @Schema(nullable = true, description = "absent when priced by quotation")
        Money enterprisePrice,

        @Schema(nullable = true, description = "the standard a test follows, e.g. GB/T 228.1-2021")
        String standard,

        @Schema(nullable = true) Integer turnaroundWorkingDays,
        @Schema(nullable = true) LocalizedText sampleRequirements,
        @Schema(nullable = true) LocalizedText includes,
        List<UUID> instrumentIds,
        String status,

        @Schema(
                nullable = true,
                description = "why the last review refused the offer or its change; provider staff and admin only")
        String reviewNote,

        @Schema(
                nullable = true,
                description = "a change of the live offer that waits for review; provider staff and admin only")
        ServiceOfferView pendingRevision,

        @Schema(description = "what firms said of it (用户评价): count and average marks")
        RatingSummary ratings,

        long version) {

    /** This view with {@code summary} as its ratings. */
    public ServiceOfferView rated(RatingSummary summary) {
        return new ServiceOfferView(
                id,
                providerId,
                providerOrganizationId,
                providerRegion,
                city,
                type,
                kind,
                name,
                description,
                category,
                priceBasis,
                academicPrice,
                enterprisePrice,
                standard,
                turnaroundWorkingDays,
                sampleRequirements,
                includes,
                instrumentIds,
                status,
                reviewNote,
                pendingRevision,
                summary,
                version);
    }

    /** The offer as anyone may see it, without what waits for review. */
    static ServiceOfferView of(ServiceOffer offer, Provider provider) {
        return of(offer.offer(), offer, provider, null, null);
    }

    /** The offer as its provider's staff and the admin see it: with the review's note and a pending change. */
    static ServiceOfferView withReview(ServiceOffer offer, Provider provider) {
        return of(
                offer.offer(),
                offer,
                provider,
                offer.reviewNote(),
                offer.pending() == null ? null : of(offer.pending(), offer, provider, null, null));
    }

    private static ServiceOfferView of(
            ServiceOffer.Offer o, ServiceOffer offer, Provider provider, String reviewNote, ServiceOfferView pending) {
        return new ServiceOfferView(
                offer.id(),
                provider.id(),
                provider.organizationId(),
                provider.profile().region(),
                provider.profile().city(),
                o.type().name(),
                o.type().kind().name(),
                o.name(),
                o.description(),
                o.category(),
                o.priceBasis().name(),
                money(o.academicPriceFen()),
                money(o.enterprisePriceFen()),
                o.standard(),
                o.turnaroundWorkingDays(),
                o.sampleRequirements(),
                o.includes(),
                o.instrumentIds(),
                offer.status().name(),
                reviewNote,
                pending,
                RatingSummary.NONE,
                offer.version());
    }

    /** The offer as the other services are told of it. */
    static ServiceOfferSnapshot snapshot(ServiceOffer offer, Provider provider) {
        ServiceOffer.Offer o = offer.offer();
        return new ServiceOfferSnapshot(
                offer.id(),
                provider.id(),
                provider.organizationId(),
                provider.profile().region(),
                provider.profile().city(),
                o.type().name(),
                o.type().kind(),
                o.name(),
                o.description(),
                o.category(),
                o.priceBasis().name(),
                money(o.academicPriceFen()),
                money(o.enterprisePriceFen()),
                o.standard(),
                o.turnaroundWorkingDays(),
                o.sampleRequirements(),
                o.includes(),
                o.instrumentIds(),
                offer.status().name(),
                offer.version());
    }

    private static Money money(Long fen) {
        return fen == null ? null : Money.ofFen(fen);
    }
}
