package io.deltashare.instrumentcatalog.search.persistence;

import io.deltashare.instrumentcatalog.search.domain.SearchKeyword;
import io.deltashare.instrumentcatalog.search.domain.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query's keywords as the in-memory index matches them: each keyword's words split by the database's own
 * {@code catalog_words}, so that a keyword finds in memory exactly the listings the database's word index would. The
 * split is a pure function of the keyword, so it is remembered (up to {@value #REMEMBERED} keywords, then forgotten
 * all at once: a client sending ever new keywords costs a query each, never memory).
 */
@ApplicationScoped
public class SearchKeywords {

    static final int REMEMBERED = 10_000;

    private final EntityManager entityManager;
    private final Map<String, List<String>> wordsOf = new ConcurrentHashMap<>();

    SearchKeywords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<SearchKeyword> of(List<String> keywords) {
        List<String> unknown = keywords.stream()
                .filter(SearchText::hasWords)
                .filter(k -> !wordsOf.containsKey(k))
                .toList();
        if (!unknown.isEmpty()) {
            if (wordsOf.size() + unknown.size() > REMEMBERED) {
                wordsOf.clear();
            }
            wordsOf.putAll(split(unknown));
        }
        return keywords.stream()
                .map(k -> new SearchKeyword(k, SearchText.hasWords(k) ? wordsOf.get(k) : null, SearchText.hanRuns(k)))
                .toList();
    }

    @SuppressWarnings("unchecked") // the keyword and its words
    private Map<String, List<String>> split(List<String> keywords) {
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT k, tsvector_to_array(catalog_words(k)) FROM unnest(CAST(?1 AS text[])) k")
                .setParameter(1, keywords.toArray(String[]::new))
                .getResultList();
        Map<String, List<String>> split = new ConcurrentHashMap<>();
        for (Object[] row : rows) {
            split.put((String) row[0], SqlArrays.strings(row[1]));
        }
        return split;
    }
}
