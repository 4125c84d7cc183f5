package io.deltashare.instrumentcatalog.offer.persistence;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.instrumentcatalog.search.domain.Facets;
import io.deltashare.instrumentcatalog.search.domain.Keyset;
import io.deltashare.instrumentcatalog.search.domain.SearchOrder;
import io.deltashare.instrumentcatalog.search.domain.SearchRequest;
import io.deltashare.instrumentcatalog.search.persistence.CatalogIndex;
import io.deltashare.instrumentcatalog.search.persistence.SearchKeywords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Keyword and filter search over live service offers, one page at a time, from the in-memory {@link CatalogIndex}. */
@ApplicationScoped
public class ServiceOfferSearch {

    /** How results are ordered; every order ends with the id so pages never overlap. */
    public enum Sort {
        RELEVANCE,
        NAME
    }

    /** The filters of one search; null fields do not filter. */
    public record Criteria(
            List<String> keywords,
            Region region,
            String city,
            String category,
            String type,
            String kind,
            UUID providerId,
            Sort sort) {}

    /** What the filters and orders of a search read of a live offer; {@code city} lower-cased. */
    record Attributes(
            String region, String city, String category, String type, String kind, UUID providerId, String nameEn) {

        List<String> facets() {
            return ServiceOfferSearch.facets(region, city, category, type, kind, providerId);
        }
    }

    private static List<String> facets(
            String region, String city, String category, String type, String kind, UUID provider) {
        return Facets.ofListing(region, city, category, provider, Facets.of("type", type), Facets.of("kind", kind));
    }

    private static final CatalogIndex.Table<Attributes> TABLE = new CatalogIndex.Table<>(
            "service_offer",
            "'ACTIVE', 'PAUSED'",
            "x.provider_region, lower(x.provider_city), x.category, x.type, x.kind, x.provider_id, x.name_en",
            c -> new Attributes(
                    (String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4], (UUID) c[5], (String)
                            c[6]),
            Attributes::facets,
            List.of(new CatalogIndex.Part("rating", "service_offer_id")));

    // constants: the index keeps each order's walk through its listings by the order's identity
    private static final SearchOrder<Attributes> BY_RELEVANCE = SearchOrder.relevance();
    private static final SearchOrder<Attributes> BY_NAME = SearchOrder.alphabetical(Attributes::nameEn);

    private final EntityManager entityManager;
    private final SearchKeywords keywords;
    private final CatalogIndex<Attributes> index = new CatalogIndex<>(TABLE);

    ServiceOfferSearch(EntityManager entityManager, SearchKeywords keywords) {
        this.entityManager = entityManager;
        this.keywords = keywords;
    }

    public List<Keyset.Hit> search(Criteria criteria, Keyset.Position after, int limit) {
        String region = criteria.region() == null ? null : criteria.region().code();
        String city = criteria.city() == null ? null : criteria.city().toLowerCase(Locale.ROOT);
        List<String> facets =
                facets(region, city, criteria.category(), criteria.type(), criteria.kind(), criteria.providerId());
        SearchOrder<Attributes> order = criteria.sort() == Sort.RELEVANCE ? BY_RELEVANCE : BY_NAME;
        return index.search(
                entityManager,
                new SearchRequest<>(keywords.of(criteria.keywords()), facets, a -> true, order, after, limit));
    }
}
