package io.deltashare.instrumentcatalog.instrument.application;

import io.deltashare.instrumentcatalog.instrument.domain.Instrument;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentRepository;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentSearch;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderRepository;
import io.deltashare.instrumentcatalog.rating.application.RatingSummary;
import io.deltashare.instrumentcatalog.rating.persistence.CatalogRatings;
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

    /** The instruments found and the cursor of the following ones, null on the last; REST answers it as a Page. */
    public record Found(List<InstrumentView> items, String nextCursor) {}

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
    public Found search(InstrumentSearch.Criteria criteria, String cursor, int limit) {
        Keyset.Position after =
                SearchCursor.position(cursor, criteria.sort().name(), criteria.sort() != InstrumentSearch.Sort.NAME);
        List<Keyset.Hit> hits = search.search(criteria, after, limit + 1);
        boolean more = hits.size() > limit;
        List<Keyset.Hit> page = more ? hits.subList(0, limit) : hits;
        List<InstrumentView> items = views.of(page, this::viewsOf);
        String next = more ? SearchCursor.after(criteria.sort().name(), page.get(page.size() - 1)) : null;
        return new Found(items, next);
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
