package io.deltashare.instrumentcatalog.offer.persistence;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.instrumentcatalog.search.persistence.Keyset;
import io.deltashare.instrumentcatalog.search.persistence.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Keyword and filter search over live service offers, one page at a time (a {@link SearchQuery}). */
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

    private final EntityManager entityManager;

    ServiceOfferSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Keyset.Hit> search(Criteria criteria, Keyset.Position after, int limit) {
        boolean ranked = criteria.sort() == Sort.RELEVANCE;
        SearchQuery query = new SearchQuery("service_offer", "o", "o.status IN ('ACTIVE', 'PAUSED')")
                .keywords(criteria.keywords(), ranked)
                .and(
                        "o.provider_region = ?",
                        criteria.region() == null ? null : criteria.region().code())
                .and(
                        "lower(o.provider_city) = ?",
                        criteria.city() == null ? null : criteria.city().toLowerCase(Locale.ROOT))
                .and("o.category = ?", criteria.category())
                .and("o.type = ?", criteria.type())
                .and("o.kind = ?", criteria.kind())
                .and("o.provider_id = ?", criteria.providerId());
        return ranked
                ? query.page(entityManager, query.score(), "DESC", true, after, limit)
                : query.page(entityManager, "o.name_en", "ASC", false, after, limit);
    }
}
