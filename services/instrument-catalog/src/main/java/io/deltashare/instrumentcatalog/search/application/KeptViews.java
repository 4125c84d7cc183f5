package io.deltashare.instrumentcatalog.search.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deltashare.instrumentcatalog.search.domain.Keyset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The views of the listings a search found, kept in memory for as long as the index holds the same version of each
 * listing ({@link Keyset.Hit#indexed}): a write to a listing's row, or to a rating of it, gives the index a new version
 * of it, and the next search that finds it makes its view again. So a page shows what the index matched, never an
 * older version, without reading rows that have not changed. At most {@code capacity} views are kept, the least used
 * going first.
 */
public final class KeptViews<V> {

    private final Cache<Object, V> views;

    public KeptViews(long capacity) {
        // weak keys compare by identity: a version the index has let go of takes its view with it
        this.views = Caffeine.newBuilder()
                .weakKeys()
                .maximumSize(capacity)
                .executor(Runnable::run)
                .build();
    }

    /**
     * The view of each hit of {@code page}, in its order: kept ones from memory, the others made by {@code load} (the
     * listings' ids to their views) and kept. A hit whose row {@code load} no longer finds (deleted since) is left out.
     */
    public List<V> of(List<Keyset.Hit> page, Function<List<UUID>, Map<UUID, V>> load) {
        List<V> kept = new ArrayList<>(page.size());
        List<UUID> missing = new ArrayList<>();
        for (Keyset.Hit hit : page) {
            V view = views.getIfPresent(hit.indexed());
            kept.add(view);
            if (view == null) {
                missing.add(hit.id());
            }
        }
        Map<UUID, V> loaded = missing.isEmpty() ? Map.of() : load.apply(missing);
        List<V> found = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            V view = kept.get(i);
            if (view == null) {
                view = loaded.get(page.get(i).id());
                if (view == null) {
                    continue;
                }
                views.put(page.get(i).indexed(), view);
            }
            found.add(view);
        }
        return found;
    }
}
