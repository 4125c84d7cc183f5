package io.deltashare.instrumentcatalog.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.instrumentcatalog.search.domain.Keyset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FoundTest {

    private final List<List<Keyset.Hit>> viewed = new ArrayList<>();

    private static List<Keyset.Hit> hits(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Keyset.Hit(UUID.randomUUID(), String.valueOf(i), new Object()))
                .toList();
    }

    private List<String> views(List<Keyset.Hit> page) {
        viewed.add(page);
        return page.stream().map(Keyset.Hit::key).toList();
    }

    @Test
    void oneHitMoreThanTheLimitMakesAPageOfTheLimitAndACursorAfterItsLastHit() {
        List<Keyset.Hit> hits = hits(4);

        Found<String> found = Found.page(hits, 3, "PRICE", this::views);

        assertThat(found.items()).containsExactly("0", "1", "2");
        assertThat(viewed).containsExactly(hits.subList(0, 3));
        assertThat(SearchCursor.position(found.nextCursor(), "PRICE", true))
                .isEqualTo(new Keyset.Position("2", hits.get(2).id()));
    }

    @Test
    void noMoreHitsThanTheLimitIsTheLastPage() {
        Found<String> full = Found.page(hits(3), 3, "PRICE", this::views);
        Found<String> none = Found.page(List.of(), 3, "PRICE", this::views);

        assertThat(full.items()).containsExactly("0", "1", "2");
        assertThat(full.nextCursor()).isNull();
        assertThat(none.items()).isEmpty();
        assertThat(none.nextCursor()).isNull();
    }
}
