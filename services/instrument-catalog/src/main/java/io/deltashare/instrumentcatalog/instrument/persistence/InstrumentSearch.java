package io.deltashare.instrumentcatalog.instrument.persistence;

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
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** Keyword and filter search over live instruments, one page at a time, from the in-memory {@link CatalogIndex}. */
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

    /** What the filters and orders of a search read of a live instrument; {@code city} lower-cased. */
    record Attributes(
            String region,
            String city,
            String category,
            String bookingMode,
            boolean voucherEligible,
            long academicPriceFen,
            long enterprisePriceFen,
            UUID providerId,
            String nameEn) {

        List<String> facets() {
            return InstrumentSearch.facets(region, city, category, bookingMode, voucherEligible, providerId);
        }
    }

    private static List<String> facets(
            String region, String city, String category, String mode, Boolean voucherEligible, UUID provider) {
        return Facets.ofListing(
                region, city, category, provider, Facets.of("mode", mode), Facets.of("voucher", voucherEligible));
    }

    private static final CatalogIndex.Table<Attributes> TABLE = new CatalogIndex.Table<>(
            "instrument",
            "'ACTIVE', 'MAINTENANCE'",
            "x.provider_region, lower(x.provider_city), x.category, x.booking_mode, x.voucher_eligible, "
                    + "x.academic_price_fen, x.enterprise_price_fen, x.provider_id, x.name_en",
            c -> new Attributes(
                    (String) c[0],
                    (String) c[1],
                    (String) c[2],
                    (String) c[3],
                    (Boolean) c[4],
                    ((Number) c[5]).longValue(),
                    ((Number) c[6]).longValue(),
                    (UUID) c[7],
                    (String) c[8]),
            Attributes::facets,
            List.of(new CatalogIndex.Part("rating", "instrument_id")));

    // constants: the index keeps each order's walk through its listings by the order's identity
    private static final SearchOrder<Attributes> BY_RELEVANCE = SearchOrder.relevance();
    private static final SearchOrder<Attributes> BY_ACADEMIC_PRICE =
            SearchOrder.ascending(Attributes::academicPriceFen);
    private static final SearchOrder<Attributes> BY_ENTERPRISE_PRICE =
            SearchOrder.ascending(Attributes::enterprisePriceFen);
    private static final SearchOrder<Attributes> BY_NAME = SearchOrder.alphabetical(Attributes::nameEn);

    private final EntityManager entityManager;
    private final SearchKeywords keywords;
    private final CatalogIndex<Attributes> index = new CatalogIndex<>(TABLE);

    InstrumentSearch(EntityManager entityManager, SearchKeywords keywords) {
        this.entityManager = entityManager;
        this.keywords = keywords;
    }

    public List<Keyset.Hit> search(Criteria criteria, Keyset.Position after, int limit) {
        ToLongFunction<Attributes> price =
                criteria.tier() == Tier.ACADEMIC ? Attributes::academicPriceFen : Attributes::enterprisePriceFen;
        SearchOrder<Attributes> order = switch (criteria.sort()) {
            case RELEVANCE -> BY_RELEVANCE;
            case PRICE -> criteria.tier() == Tier.ACADEMIC ? BY_ACADEMIC_PRICE : BY_ENTERPRISE_PRICE;
            case NAME -> BY_NAME;
        };
        String region = criteria.region() == null ? null : criteria.region().code();
        String city = criteria.city() == null ? null : criteria.city().toLowerCase(Locale.ROOT);
        List<String> facets = facets(
                region,
                city,
                criteria.category(),
                criteria.bookingMode(),
                criteria.voucherEligible(),
                criteria.providerId());
        Predicate<Attributes> filter =
                a -> criteria.maxPriceFen() == null || price.applyAsLong(a) <= criteria.maxPriceFen();
        return index.search(
                entityManager,
                new SearchRequest<>(keywords.of(criteria.keywords()), facets, filter, order, after, limit));
    }
}
