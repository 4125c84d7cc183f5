package io.deltashare.instrumentcatalog.search.domain;

import java.util.List;
import java.util.function.Predicate;

/**
 * One page of a search: every keyword must match and {@code filter} keep the listing's attributes; the page holds at
 * most {@code limit} hits in {@code order} after {@code after} (the first page when null).
 */
public record SearchRequest<A>(
        List<SearchKeyword> keywords, Predicate<A> filter, SearchOrder<A> order, Keyset.Position after, int limit) {

    public SearchRequest {
        keywords = List.copyOf(keywords);
    }
}
