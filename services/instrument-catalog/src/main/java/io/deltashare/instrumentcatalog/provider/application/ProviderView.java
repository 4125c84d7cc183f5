package io.deltashare.instrumentcatalog.provider.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.ProviderSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.rating.application.RatingSummary;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A provider as the API shows it. The API's own type: the event contract ({@code ProviderSnapshot}) may change
 * without it, and it without the events.
 */
public record ProviderView(
        UUID id,
        UUID organizationId,
        LocalizedText name,
        Region region,
        String city,
        String type,
        List<String> accreditations,
        String contactEmail,
        @Schema(nullable = true) String contactPhone,

        @Schema(description = "what firms said of its instruments and services (用户评价): count and average marks")
        RatingSummary ratings,

        long version) {

    static ProviderView of(Provider provider) {
        return of(provider, RatingSummary.NONE);
    }

    static ProviderView of(Provider provider, RatingSummary ratings) {
        Provider.Profile p = provider.profile();
        return new ProviderView(
                provider.id(),
                provider.organizationId(),
                p.name(),
                p.region(),
                p.city(),
                p.type().name(),
                accreditations(p),
                p.contactEmail(),
                p.contactPhone(),
                ratings,
                provider.version());
    }

    /** The provider as the other services are told of it. */
    public static ProviderSnapshot snapshot(Provider provider) {
        Provider.Profile p = provider.profile();
        return new ProviderSnapshot(
                provider.id(),
                provider.organizationId(),
                p.name(),
                p.region(),
                p.city(),
                p.type().name(),
                accreditations(p),
                p.contactEmail(),
                p.contactPhone(),
                provider.version());
    }

    private static List<String> accreditations(Provider.Profile p) {
        return p.accreditations().stream().map(Enum::name).sorted().toList();
    }
}
