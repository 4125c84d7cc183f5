package io.deltashare.instrumentcatalog.provider.application;

import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.catalog.ProviderUpdated;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderRepository;
import io.deltashare.instrumentcatalog.rating.application.RatingSummary;
import io.deltashare.instrumentcatalog.rating.persistence.CatalogRatings;
import io.deltashare.platform.decision.ExpectedVersion;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers providers (platform operators) and keeps their details (operators or the provider's own staff). */
@ApplicationScoped
public class ProviderService {

    private final ProviderRepository providers;
    private final Outbox outbox;
    private final Event<ProviderRelocated> relocated;
    private final CatalogRatings ratings;

    ProviderService(
            ProviderRepository providers, Outbox outbox, Event<ProviderRelocated> relocated, CatalogRatings ratings) {
        this.providers = providers;
        this.outbox = outbox;
        this.relocated = relocated;
        this.ratings = ratings;
    }

    @Transactional
    public ProviderView register(UUID organizationId, ProviderDetails details) {
        if (providers.existsForOrganization(organizationId)) {
            throw Rejected.conflict("provider-exists", "organization " + organizationId + " already has a provider");
        }
        Provider provider = providers.add(Provider.register(UUID.randomUUID(), organizationId, details.profile()));
        outbox.publish(new ProviderRegistered(ProviderView.snapshot(provider)));
        return ProviderView.of(provider);
    }

    @Transactional
    public ProviderView update(UUID id, ProviderDetails details, ExpectedVersion expected, Caller caller) {
        Provider provider = providers.find(id).orElseThrow(() -> Rejected.notFound("provider " + id));
        if (!caller.isAdmin() && !caller.isStaffOfProvider(provider.organizationId())) {
            throw Rejected.forbidden("only platform operators and the provider's own staff may change this provider");
        }
        Provider revised = provider.revise(details.profile(), caller.isAdmin()).orElseThrow();
        expected.check(provider.version()).orElseThrow();
        Provider saved = providers.save(revised);
        outbox.publish(new ProviderUpdated(ProviderView.snapshot(saved)));
        if (provider.movedTo(saved)) {
            relocated.fire(new ProviderRelocated(saved));
        }
        return ProviderView.of(saved);
    }

    @Transactional
    public ProviderView get(UUID id) {
        return providers
                .find(id)
                .map(p -> ProviderView.of(p, ratings.of(CatalogRatings.Of.PROVIDER, p.id())))
                .orElseThrow(() -> Rejected.notFound("provider " + id));
    }

    /**
     * Providers in id order after {@code after}, at most {@code limit}, optionally of one region or of one Keycloak
     * organization.
     */
    @Transactional
    public List<ProviderView> list(Region region, UUID organization, UUID after, int limit) {
        List<Provider> page = providers.list(region, organization, after, limit);
        Map<UUID, RatingSummary> summaries = ratings.of(
                CatalogRatings.Of.PROVIDER, page.stream().map(Provider::id).toList());
        return page.stream()
                .map(p -> ProviderView.of(p, summaries.getOrDefault(p.id(), RatingSummary.NONE)))
                .toList();
    }
}
