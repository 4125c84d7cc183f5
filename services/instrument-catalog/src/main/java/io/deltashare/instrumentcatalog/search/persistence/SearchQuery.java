package io.deltashare.instrumentcatalog.search.persistence;

import io.deltashare.instrumentcatalog.search.domain.SearchText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One keyword-and-filter search over a catalog table (instruments and service offers index their {@code search_text}
 * the same way, migration {@code V3__search_index.sql}), one page at a time with keyset pagination (stable under
 * inserts, no OFFSET scans). A keyword's words are found by the full-text word index (prefix match), its Han runs by
 * the index of character pairs and then confirmed as exact substrings (see {@link SearchText}); when results are
 * ranked, a keyword found in {@code name_text} scores higher. Values are bound as numbered parameters, never spliced.
 */
public final class SearchQuery {

    private final String table;
    private final String alias;
    private final List<Object> params = new ArrayList<>();
    private final StringBuilder where;
    private final StringBuilder score = new StringBuilder("0");

    /** A search of {@code table} (as {@code alias}) among the rows that {@code visible} keeps. */
    public SearchQuery(String table, String alias, String visible) {
        this.table = table;
        this.alias = alias;
        this.where = new StringBuilder(" WHERE ").append(visible);
    }

    /** Every keyword must be found; {@code ranked} when the results are ordered by {@link #score()}. */
    public SearchQuery keywords(List<String> keywords, boolean ranked) {
        for (String keyword : keywords) {
            boolean words = SearchText.hasWords(keyword);
            if (words || ranked) {
                params.add(keyword);
            }
            int k = params.size();
            // an index condition takes its query value from a sub-select, evaluated once per search
            if (words) {
                where.append(" AND catalog_words(")
                        .append(alias)
                        .append(".search_text) @@ (SELECT catalog_word_query(?")
                        .append(k)
                        .append("))");
            }
            if (ranked) {
                score.append(" + CASE WHEN strpos(")
                        .append(alias)
                        .append(".name_text, ?")
                        .append(k)
                        .append(") > 0 THEN 2 ELSE 1 END");
            }
            for (String run : SearchText.hanRuns(keyword)) {
                params.add(run);
                int r = params.size();
                if (run.length() > 1) {
                    where.append(" AND catalog_han_pairs(")
                            .append(alias)
                            .append(".search_text) @> (SELECT catalog_han_pairs(?")
                            .append(r)
                            .append("))");
                }
                where.append(" AND strpos(")
                        .append(alias)
                        .append(".search_text, ?")
                        .append(r)
                        .append(") > 0");
            }
        }
        return this;
    }

    /**
     * Keeps the rows for which {@code condition} holds with {@code value} in place of its {@code ?}; no filter when
     * the value is null.
     */
    public SearchQuery and(String condition, Object value) {
        if (value != null) {
            params.add(value);
            where.append(" AND ").append(condition.replace("?", "?" + params.size()));
        }
        return this;
    }

    /** The relevance of a row: the keywords it matches, a match in the name counting twice. */
    public String score() {
        return "(" + score + ")";
    }

    /**
     * The page after {@code after} (the first when null) of at most {@code limit} hits, ordered by {@code key}
     * ({@code direction} ASC or DESC) and then by id; {@code numericKey} when the key is a number.
     */
    public List<Keyset.Hit> page(
            EntityManager entityManager,
            String key,
            String direction,
            boolean numericKey,
            Keyset.Position after,
            int limit) {
        if (after != null) {
            params.add(numericKey ? Long.valueOf(after.key()) : after.key());
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
                    .append(" AND ")
                    .append(alias)
                    .append(".id > ?")
                    .append(id)
                    .append("))");
        }
        String sql = "SELECT " + alias + ".id, CAST(" + key + " AS text) FROM " + table + " " + alias + where
                + " ORDER BY " + key + " " + direction + ", " + alias + ".id ASC LIMIT " + limit;
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Keyset.Hit((UUID) r[0], (String) r[1]))
                .toList();
    }
}
