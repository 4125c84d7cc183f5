package io.deltashare.instrumentcatalog.search.application;

import io.deltashare.instrumentcatalog.search.domain.Keyset;
import java.util.List;
import java.util.function.Function;

/** A page of the listings a search found and the cursor of the following ones, null on the last. */
public record Found<V>(List<V> items, String nextCursor) {

    /**
     * The page of {@code hits}, which a search asked with one more than {@code limit} to learn whether more follow:
     * the views of the first {@code limit}, and a cursor after the last of them when more follow.
     */
    public static <V> Found<V> page(
            List<Keyset.Hit> hits, int limit, String sort, Function<List<Keyset.Hit>, List<V>> views) {
        boolean more = hits.size() > limit;
        List<Keyset.Hit> page = more ? hits.subList(0, limit) : hits;
        return new Found<>(views.apply(page), more ? SearchCursor.after(sort, page.get(page.size() - 1)) : null);
    }
}
