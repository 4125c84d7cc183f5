package io.deltashare.instrumentcatalog.search.domain;

import java.util.List;
import java.util.function.Predicate;

/**
 * One page of a search: every keyword must match, the listing have every one of {@code facets} ({@link Facets}) and
 * {@code filter} keep its attributes (for what facets cannot say, such as a price limit); the page holds at
 * most {@code limit} hits in {@code order} after {@code after} (the first page when null).
 */
public record SearchRequest<A>(
        List<SearchKeyword> keywords,
        List<String> facets,
        Predicate<A> filter,
        SearchOrder<A> order,
        Keyset.Position after,
        int limit) {

    public SearchRequest {
        keywords = List.copyOf(keywords);
        facets = List.copyOf(facets);
    }

    /** The highest relevance a listing can reach: every keyword in its name. */
    long bestScore() {
        return (long) SearchKeyword.BEST_SCORE * keywords.size();
    }
}
