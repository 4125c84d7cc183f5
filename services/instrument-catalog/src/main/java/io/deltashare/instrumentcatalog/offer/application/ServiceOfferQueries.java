package io.deltashare.instrumentcatalog.offer.application;

import io.deltashare.instrumentcatalog.offer.domain.ServiceOffer;
import io.deltashare.instrumentcatalog.offer.persistence.ServiceOfferRepository;
import io.deltashare.instrumentcatalog.offer.persistence.ServiceOfferSearch;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderRepository;
import io.deltashare.instrumentcatalog.rating.application.RatingSummary;
import io.deltashare.instrumentcatalog.rating.persistence.CatalogRatings;
import io.deltashare.instrumentcatalog.search.application.Found;
import io.deltashare.instrumentcatalog.search.application.KeptViews;
import io.deltashare.instrumentcatalog.search.application.SearchCursor;
import io.deltashare.instrumentcatalog.search.domain.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs a search of service offers and turns it into a page with an opaque cursor to the next page. */
@ApplicationScoped
public class ServiceOfferQueries {

    private final ServiceOfferSearch search;
    private final ServiceOfferRepository offers;
    private final ProviderRepository providers;
    private final CatalogRatings ratings;
    private final KeptViews<ServiceOfferView> views;

    ServiceOfferQueries(
            ServiceOfferSearch search,
            ServiceOfferRepository offers,
            ProviderRepository providers,
            CatalogRatings ratings,
            @ConfigProperty(name = "catalog.search.kept-views") long keptViews) {
        this.search = search;
        this.offers = offers;
        this.providers = providers;
        this.ratings = ratings;
        this.views = new KeptViews<>(keptViews);
    }

    // No transaction: a search only reads, and each statement sees every write committed before it, as it would in
    // a read-committed transaction. Without one a search saves the JTA transaction and its commit's round trip.
    public Found<ServiceOfferView> search(ServiceOfferSearch.Criteria criteria, String cursor, int limit) {
        String sort = criteria.sort().name();
        Keyset.Position after =
                SearchCursor.position(cursor, sort, criteria.sort() == ServiceOfferSearch.Sort.RELEVANCE);
        return Found.page(
                search.search(criteria, after, limit + 1), limit, sort, page -> views.of(page, this::viewsOf));
    }

    private Map<UUID, ServiceOfferView> viewsOf(List<UUID> ids) {
        Map<UUID, ServiceOffer> byId = offers.byIds(ids);
        Map<UUID, Provider> owners = providers.byIds(
                byId.values().stream().map(ServiceOffer::providerId).distinct().toList());
        Map<UUID, RatingSummary> summaries = ratings.of(CatalogRatings.Of.SERVICE_OFFER, byId.keySet());
        return byId.values().stream()
                .collect(Collectors.toMap(
                        ServiceOffer::id,
                        o -> ServiceOfferView.of(o, owners.get(o.providerId()))
                                .rated(summaries.getOrDefault(o.id(), RatingSummary.NONE))));
    }
}
