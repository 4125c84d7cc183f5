package io.deltashare.instrumentcatalog.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.instrumentcatalog.search.domain.Keyset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeptViewsTest {

    private final List<List<UUID>> loads = new ArrayList<>();

    /** Loads a view naming the id and how many loads there were, and records what each load asked for. */
    private Function<List<UUID>, Map<UUID, String>> loader(List<UUID> existing) {
        return ids -> {
            loads.add(ids);
            return ids.stream()
                    .filter(existing::contains)
                    .collect(Collectors.toMap(id -> id, id -> id + "@" + loads.size()));
        };
    }

    @Test
    void aListingTheIndexHoldsUnchangedIsLoadedOnceAndAChangedOneAgain() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Object aIndexed = new Object();
        Object bIndexed = new Object();
        KeptViews<String> views = new KeptViews<>(100);
        Function<List<UUID>, Map<UUID, String>> load = loader(List.of(a, b));

        List<String> first =
                views.of(List.of(new Keyset.Hit(a, "1", aIndexed), new Keyset.Hit(b, "1", bIndexed)), load);
        List<String> again =
                views.of(List.of(new Keyset.Hit(b, "1", bIndexed), new Keyset.Hit(a, "1", aIndexed)), load);
        // b's row was written: the index holds a new version of it
        List<String> afterWrite =
                views.of(List.of(new Keyset.Hit(a, "1", aIndexed), new Keyset.Hit(b, "1", new Object())), load);

        assertThat(first).containsExactly(a + "@1", b + "@1");
        assertThat(again).containsExactly(b + "@1", a + "@1");
        assertThat(afterWrite).containsExactly(a + "@1", b + "@2");
        assertThat(loads).containsExactly(List.of(a, b), List.of(b));
    }

    @Test
    void aHitWhoseRowIsGoneIsLeftOutAndNothingIsKeptForIt() {
        UUID kept = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        Object goneIndexed = new Object();
        KeptViews<String> views = new KeptViews<>(100);
        Function<List<UUID>, Map<UUID, String>> load = loader(List.of(kept));
        List<Keyset.Hit> page =
                List.of(new Keyset.Hit(gone, "1", goneIndexed), new Keyset.Hit(kept, "1", new Object()));

        assertThat(views.of(page, load)).containsExactly(kept + "@1");
        assertThat(views.of(List.of(new Keyset.Hit(gone, "1", goneIndexed)), load))
                .isEmpty();
        assertThat(loads).containsExactly(List.of(gone, kept), List.of(gone));
    }
}
