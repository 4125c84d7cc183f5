package io.deltashare.instrumentcatalog.instrument.persistence;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.instrumentcatalog.instrument.domain.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Keyword and filter search over instruments, one page at a time with keyset pagination (stable under inserts, no
 * OFFSET scans). Every keyword is served by an index: its words by the full-text word index (prefix match), its Han
 * runs by the index of character pairs and then confirmed as exact substrings (see {@link SearchText}). Results
 * rank higher when a keyword appears in the name.
 */
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

    /** Where the previous page ended: the sort key of its last row, and that row's id. */
    public record Position(String key, UUID id) {}

    /** One hit: the instrument and the sort key that a cursor after it carries. */
    public record Hit(UUID id, String key) {}

    private final EntityManager entityManager;

    InstrumentSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Hit> search(Criteria criteria, Position after, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder score = new StringBuilder("0");
        StringBuilder where = new StringBuilder(" WHERE i.status IN ('ACTIVE', 'MAINTENANCE')");
        boolean ranked = criteria.sort() == Sort.RELEVANCE;
        for (String keyword : criteria.keywords()) {
            boolean words = SearchText.hasWords(keyword);
            if (words || ranked) {
                params.add(keyword);
            }
            int k = params.size();
            // an index condition takes its query value from a sub-select, evaluated once per search
            if (words) {
                where.append(" AND catalog_words(i.search_text) @@ (SELECT catalog_word_query(?")
                        .append(k)
                        .append("))");
            }
            if (ranked) {
                score.append(" + CASE WHEN strpos(i.name_text, ?").append(k).append(") > 0 THEN 2 ELSE 1 END");
            }
            for (String run : SearchText.hanRuns(keyword)) {
                params.add(run);
                int r = params.size();
                if (run.length() > 1) {
                    where.append(" AND catalog_han_pairs(i.search_text) @> (SELECT catalog_han_pairs(?")
                            .append(r)
                            .append("))");
                }
                where.append(" AND strpos(i.search_text, ?").append(r).append(") > 0");
            }
        }
        if (criteria.region() != null) {
            params.add(criteria.region().code());
            where.append(" AND i.provider_region = ?").append(params.size());
        }
        if (criteria.city() != null) {
            params.add(criteria.city().toLowerCase(Locale.ROOT));
            where.append(" AND lower(i.provider_city) = ?").append(params.size());
        }
        if (criteria.category() != null) {
            params.add(criteria.category());
            where.append(" AND i.category = ?").append(params.size());
        }
        if (criteria.bookingMode() != null) {
            params.add(criteria.bookingMode());
            where.append(" AND i.booking_mode = ?").append(params.size());
        }
        if (criteria.voucherEligible() != null) {
            params.add(criteria.voucherEligible());
            where.append(" AND i.voucher_eligible = ?").append(params.size());
        }
        String price = criteria.tier() == Tier.ACADEMIC ? "i.academic_price_fen" : "i.enterprise_price_fen";
        if (criteria.maxPriceFen() != null) {
            params.add(criteria.maxPriceFen());
            where.append(" AND ").append(price).append(" <= ?").append(params.size());
        }
        if (criteria.providerId() != null) {
            params.add(criteria.providerId());
            where.append(" AND i.provider_id = ?").append(params.size());
        }
        String key;
        String direction;
        switch (criteria.sort()) {
            case RELEVANCE -> {
                key = "(" + score + ")";
                direction = "DESC";
            }
            case PRICE -> {
                key = price;
                direction = "ASC";
            }
            default -> {
                key = "i.name_en";
                direction = "ASC";
            }
        }
        if (after != null) {
            params.add(criteria.sort() == Sort.NAME ? after.key() : Long.valueOf(after.key()));
            int k = params.size();
            params.add(after.id());
            int id = params.size();
            String beyond = direction.equals("DESC") ? " < " : " > ";
            where.append(" AND (")
                    .append(key)
                    .append(beyond)
                    .append("?")
                    .append(k)
                    .append(" OR (")
                    .append(key)
                    .append(" = ?")
                    .append(k)
                    .append(" AND i.id > ?")
                    .append(id)
                    .append("))");
        }
        String sql = "SELECT i.id, CAST(" + key + " AS text) FROM instrument i" + where + " ORDER BY " + key + " "
                + direction + ", i.id ASC LIMIT " + limit;
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Hit((UUID) r[0], (String) r[1])).toList();
    }
}
