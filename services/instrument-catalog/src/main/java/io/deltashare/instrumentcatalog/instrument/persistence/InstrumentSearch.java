package io.deltashare.instrumentcatalog.instrument.persistence;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.instrumentcatalog.search.persistence.Keyset;
import io.deltashare.instrumentcatalog.search.persistence.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Keyword and filter search over live instruments, one page at a time (a {@link SearchQuery}). */
@ApplicationScoped
public class InstrumentSearch {

    /** How results are ordered; every order ends with the id so pages never overlap. */
    public enum Sort {
        RELEVANCE,
        PRICE,
        NAME
    }

    /** Which price a price filter or sort uses. */
    public enum Tier {
        ACADEMIC,
        ENTERPRISE
    }

    /** The filters of one search; null fields do not filter. */
    public record Criteria(
            List<String> keywords,
            Region region,
            String city,
            String category,
            String bookingMode,
            Boolean voucherEligible,
            Tier tier,
            Long maxPriceFen,
            UUID providerId,
            Sort sort) {}

    private final EntityManager entityManager;

    InstrumentSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Keyset.Hit> search(Criteria criteria, Keyset.Position after, int limit) {
        boolean ranked = criteria.sort() == Sort.RELEVANCE;
        String price = criteria.tier() == Tier.ACADEMIC ? "i.academic_price_fen" : "i.enterprise_price_fen";
        SearchQuery query = new SearchQuery("instrument", "i", "i.status IN ('ACTIVE', 'MAINTENANCE')")
                .keywords(criteria.keywords(), ranked)
                .and(
                        "i.provider_region = ?",
                        criteria.region() == null ? null : criteria.region().code())
                .and(
                        "lower(i.provider_city) = ?",
                        criteria.city() == null ? null : criteria.city().toLowerCase(Locale.ROOT))
                .and("i.category = ?", criteria.category())
                .and("i.booking_mode = ?", criteria.bookingMode())
                .and("i.voucher_eligible = ?", criteria.voucherEligible())
                .and(price + " <= ?", criteria.maxPriceFen())
                .and("i.provider_id = ?", criteria.providerId());
        return switch (criteria.sort()) {
            case RELEVANCE -> query.page(entityManager, query.score(), "DESC", true, after, limit);
            case PRICE -> query.page(entityManager, price, "ASC", true, after, limit);
            case NAME -> query.page(entityManager, "i.name_en", "ASC", false, after, limit);
        };
    }
}
