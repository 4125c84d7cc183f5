package io.deltashare.instrumentcatalog.instrument.application;

import io.deltashare.instrumentcatalog.instrument.domain.Instrument;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentRepository;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentSearch;
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

/** Runs a search and turns it into a page of instruments with an opaque cursor to the next page. */
@ApplicationScoped
public class InstrumentQueries {

    private final InstrumentSearch search;
    private final InstrumentRepository instruments;
    private final ProviderRepository providers;
    private final CatalogRatings ratings;
    private final KeptViews<InstrumentView> views;

    InstrumentQueries(
            InstrumentSearch search,
            InstrumentRepository instruments,
            ProviderRepository providers,
            CatalogRatings ratings,
            @ConfigProperty(name = "catalog.search.kept-views") long keptViews) {
        this.search = search;
        this.instruments = instruments;
        this.providers = providers;
        this.ratings = ratings;
        this.views = new KeptViews<>(keptViews);
    }

    // No transaction: a search only reads, and each statement sees every write committed before it, as it would in
    // a read-committed transaction. Without one a search saves the JTA transaction and its commit's round trip.
    public Found<InstrumentView> search(InstrumentSearch.Criteria criteria, String cursor, int limit) {
        String sort = criteria.sort().name();
        Keyset.Position after = SearchCursor.position(cursor, sort, criteria.sort() != InstrumentSearch.Sort.NAME);
        return Found.page(
                search.search(criteria, after, limit + 1), limit, sort, page -> views.of(page, this::viewsOf));
    }

    private Map<UUID, InstrumentView> viewsOf(List<UUID> ids) {
        Map<UUID, Instrument> byId = instruments.byIds(ids);
        Map<UUID, Provider> owners = providers.byIds(
                byId.values().stream().map(Instrument::providerId).distinct().toList());
        Map<UUID, RatingSummary> summaries = ratings.of(CatalogRatings.Of.INSTRUMENT, byId.keySet());
        return byId.values().stream()
                .collect(Collectors.toMap(
                        Instrument::id,
                        i -> InstrumentView.of(i, owners.get(i.providerId()))
                                .rated(summaries.getOrDefault(i.id(), RatingSummary.NONE))));
    }
}
