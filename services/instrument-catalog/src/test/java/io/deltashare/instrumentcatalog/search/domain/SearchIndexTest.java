package io.deltashare.instrumentcatalog.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final SearchOrder<Long> BY_PRICE = SearchOrder.ascending(price -> price);

    private static SearchDoc<Long> doc(UUID id, String text, long price, String... words) {
        return new SearchDoc<>(id, words, text, text, List.of("price=" + price), price);
    }

    private static SearchKeyword word(String word) {
        return new SearchKeyword(word, List.of(word), List.of());
    }

    private static SearchKeyword han(String run) {
        return new SearchKeyword(run, null, List.of(run));
    }

    /** The ids of every page of {@code limit} hits, each page asked for after the last hit of the one before. */
    private static List<UUID> everyPage(
            SearchIndex<Long> index,
            List<SearchKeyword> keywords,
            Predicate<Long> filter,
            SearchOrder<Long> order,
            int limit) {
        List<UUID> seen = new ArrayList<>();
        Keyset.Position after = null;
        while (true) {
            List<Keyset.Hit> page = index.search(new SearchRequest<>(keywords, List.of(), filter, order, after, limit));
            if (page.isEmpty()) {
                return seen;
            }
            page.forEach(hit -> seen.add(hit.id()));
            Keyset.Hit last = page.get(page.size() - 1);
            after = new Keyset.Position(last.key(), last.id());
        }
    }

    private static List<UUID> ids(SearchIndex<Long> index, List<SearchKeyword> keywords, SearchOrder<Long> order) {
        return index.search(new SearchRequest<>(keywords, List.of(), price -> true, order, null, 10_000)).stream()
                .map(Keyset.Hit::id)
                .toList();
    }

    @Test
    void aKeywordOfWordsAndHanFindsTheListingsHoldingBoth() {
        UUID both = UUID.randomUUID();
        SearchIndex<Long> index = SearchIndex.of(List.of(
                doc(both, "甲戊乙丁戊 quantix nmr", 1, "nmr", "quantix"),
                doc(UUID.randomUUID(), "甲戊丁 quantix nmr", 1, "nmr", "quantix"),
                doc(UUID.randomUUID(), "甲戊乙丁戊 quantix", 1, "quantix")));

        List<SearchKeyword> keywords =
                List.of(new SearchKeyword("nm戊乙", List.of("nm"), List.of("戊乙")), word("quantix"));

        assertThat(ids(index, keywords, BY_PRICE)).containsExactly(both);
    }

    @Test
    void wordsMatchFromTheirStartAndHanRunsAsWholeSubstrings() {
        UUID microscope = UUID.randomUUID();
        UUID electron = UUID.randomUUID();
        SearchIndex<Long> index = SearchIndex.of(List.of(
                doc(microscope, "场发射扫描电镜 microscope", 1, "microscope"), doc(electron, "扫描电子 electron", 2, "electron")));

        assertThat(ids(index, List.of(word("micro")), BY_PRICE)).containsExactly(microscope);
        assertThat(ids(index, List.of(word("scope")), BY_PRICE)).isEmpty();
        assertThat(ids(index, List.of(han("扫描电")), BY_PRICE)).containsExactly(microscope, electron);
        assertThat(ids(index, List.of(han("描电镜")), BY_PRICE)).containsExactly(microscope);
        assertThat(ids(index, List.of(han("电")), BY_PRICE)).containsExactly(microscope, electron);
        assertThat(ids(index, List.of(han("镜扫")), BY_PRICE)).isEmpty();
    }

    @Test
    void aKeywordWhoseWordsTheDatabaseDropsFindsNothing() {
        SearchIndex<Long> index = SearchIndex.of(List.of(doc(UUID.randomUUID(), "nmr", 1, "nmr")));

        assertThat(ids(index, List.of(new SearchKeyword("+", List.of(), List.of())), BY_PRICE))
                .isEmpty();
    }

    @Test
    void relevanceCountsANameMatchTwiceAndTiesGoByIdAsPostgresOrdersUuids() {
        UUID low = UUID.fromString("00000000-0000-4000-8000-000000000001");
        UUID high = UUID.fromString("f0000000-0000-4000-8000-000000000001"); // negative as a Java long
        UUID named = UUID.fromString("80000000-0000-4000-8000-000000000001");
        SearchIndex<Long> index = SearchIndex.of(List.of(
                new SearchDoc<>(high, new String[] {"nmr"}, "nmr", "other", List.of(), 1L),
                new SearchDoc<>(low, new String[] {"nmr"}, "nmr", "other", List.of(), 1L),
                new SearchDoc<>(named, new String[] {"nmr"}, "nmr", "nmr", List.of(), 1L)));

        List<Keyset.Hit> hits = index.search(
                new SearchRequest<>(List.of(word("nmr")), List.of(), price -> true, SearchOrder.relevance(), null, 10));

        assertThat(hits).extracting(Keyset.Hit::id).containsExactly(named, low, high);
        assertThat(hits).extracting(Keyset.Hit::key).containsExactly("2", "1", "1");
    }

    @Test
    void smallPagesByRelevanceHoldTheBestHitsInOrder() {
        // pages much smaller than the hits, so that full pages turn candidates away before scoring them
        List<SearchDoc<Long>> docs = new ArrayList<>();
        Map<UUID, Integer> scores = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            UUID id = UUID.randomUUID();
            String name = (i % 3 == 0 ? "nmr " : "") + (i % 5 == 0 ? "probe" : "");
            docs.add(new SearchDoc<>(id, new String[] {"nmr", "probe"}, "nmr probe", name, List.of(), 1L));
            scores.put(id, (i % 3 == 0 ? 2 : 1) + (i % 5 == 0 ? 2 : 1));
        }
        SearchIndex<Long> index = SearchIndex.of(docs);
        List<SearchKeyword> keywords = List.of(word("nmr"), word("probe"));
        List<UUID> seen = everyPage(index, keywords, price -> true, SearchOrder.relevance(), 7);

        List<UUID> best = scores.keySet().stream()
                .sorted(Comparator.comparing((UUID id) -> -scores.get(id)).thenComparing(SearchOrder.UUID_ORDER))
                .toList();
        assertThat(seen).containsExactlyElementsOf(best);
    }

    @Test
    void aKeywordInNoNameOfTheSegmentStillPutsAChangedListingNamedForItFirst() {
        // no name in the segment holds "thermo", so its pages fill without scoring every candidate; the changed
        // listings are matched on their own, and one of them now has it in its name
        List<SearchDoc<Long>> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(new SearchDoc<>(
                    UUID.randomUUID(),
                    new String[] {"thermo"},
                    "thermo spectrometer",
                    "spectrometer " + i,
                    List.of(),
                    1L));
        }
        SearchDoc<Long> renamed = docs.get(150);
        SearchDoc<Long> nowNamed = new SearchDoc<>(
                renamed.id(), new String[] {"thermo"}, "thermo spectrometer", "thermo spectrometer", List.of(), 1L);
        SearchIndex<Long> index = SearchIndex.of(docs).with(Map.of(renamed.id(), Optional.of(nowNamed)));

        List<UUID> seen = everyPage(index, List.of(word("thermo")), price -> true, SearchOrder.relevance(), 7);

        List<UUID> rest = docs.stream()
                .map(SearchDoc::id)
                .filter(id -> !id.equals(renamed.id()))
                .sorted(SearchOrder.UUID_ORDER)
                .toList();
        assertThat(seen.get(0)).isEqualTo(renamed.id());
        assertThat(seen.subList(1, seen.size())).containsExactlyElementsOf(rest);
    }

    @Test
    void smallPagesByPriceWalkTheListingsInOrderAroundChangedOnes() {
        // so many candidates that the index walks its listings in price order instead of visiting each candidate
        Random random = new Random(20261203);
        Map<UUID, Long> prices = new HashMap<>();
        List<SearchDoc<Long>> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID id = UUID.randomUUID();
            long price = random.nextInt(40);
            docs.add(doc(id, "nmr", price, i % 4 == 0 ? new String[] {"probe"} : new String[] {"nmr"}));
            if (i % 4 != 0) {
                prices.put(id, price);
            }
        }
        // then some change price, some go, and some come, as the index holds them beside its segment
        Map<UUID, Optional<SearchDoc<Long>>> changes = new HashMap<>();
        for (SearchDoc<Long> doc : docs.subList(0, 60)) {
            if (prices.containsKey(doc.id()) && random.nextBoolean()) {
                long price = random.nextInt(40);
                changes.put(doc.id(), Optional.of(doc(doc.id(), "nmr", price, "nmr")));
                prices.put(doc.id(), price);
            } else if (prices.remove(doc.id()) != null) {
                changes.put(doc.id(), Optional.empty());
            }
        }
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            long price = random.nextInt(40);
            changes.put(id, Optional.of(doc(id, "nmr", price, "nmr")));
            prices.put(id, price);
        }
        SearchIndex<Long> index = SearchIndex.of(docs).with(changes);

        List<UUID> seen = everyPage(index, List.of(word("nmr")), price -> price < 30, BY_PRICE, 7);

        List<UUID> inOrder = prices.keySet().stream()
                .filter(id -> prices.get(id) < 30)
                .sorted(Comparator.comparing((UUID id) -> prices.get(id)).thenComparing(SearchOrder.UUID_ORDER))
                .toList();
        assertThat(seen).containsExactlyElementsOf(inOrder);
    }

    @Test
    void pagesAfterAPositionNeverOverlapAndTogetherHoldEveryHit() {
        List<SearchDoc<Long>> docs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            docs.add(doc(UUID.randomUUID(), "nmr", i % 7, "nmr"));
        }
        SearchIndex<Long> index = SearchIndex.of(docs);
        List<UUID> seen = everyPage(index, List.of(word("nmr")), price -> true, BY_PRICE, 6);

        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(ids(index, List.of(), BY_PRICE));
        assertThat(seen).hasSize(50);
    }

    @Test
    void facetsNarrowTheListingsInTheSegmentAndAmongTheChanged() {
        UUID cheap = UUID.randomUUID();
        UUID dear = UUID.randomUUID();
        UUID changedCheap = UUID.randomUUID();
        SearchIndex<Long> index = SearchIndex.of(List.of(doc(cheap, "zorb", 1, "zorb"), doc(dear, "zorb", 2, "zorb")))
                .with(Map.of(changedCheap, Optional.of(doc(changedCheap, "zorb", 1, "zorb"))));

        SearchRequest<Long> cheapOnes =
                new SearchRequest<>(List.of(word("zorb")), List.of("price=1"), price -> true, BY_PRICE, null, 10);
        SearchRequest<Long> noKeyword =
                new SearchRequest<>(List.of(), List.of("price=2"), price -> true, BY_PRICE, null, 10);

        assertThat(index.search(cheapOnes)).extracting(Keyset.Hit::id).containsExactlyInAnyOrder(cheap, changedCheap);
        assertThat(index.search(noKeyword)).extracting(Keyset.Hit::id).containsExactly(dear);
    }

    @Test
    void changesHideOldSelvesRemoveTheGoneAndAddTheNew() {
        UUID changed = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        SearchIndex<Long> before = SearchIndex.of(
                List.of(doc(changed, "zorb", 1, "zorb"), doc(gone, "zorb", 2, "zorb"), doc(kept, "zorb", 3, "zorb")));

        SearchIndex<Long> after = before.with(Map.of(
                changed, Optional.of(doc(changed, "kelp", 1, "kelp")),
                gone, Optional.empty(),
                added, Optional.of(doc(added, "zorb", 0, "zorb"))));

        assertThat(ids(after, List.of(word("zorb")), BY_PRICE)).containsExactly(added, kept);
        assertThat(ids(after, List.of(word("kelp")), BY_PRICE)).containsExactly(changed);
        assertThat(after.size()).isEqualTo(3);
        assertThat(ids(before, List.of(word("zorb")), BY_PRICE))
                .as("the index searched before the change is unchanged")
                .containsExactly(changed, gone, kept);
    }

    @Test
    void enoughChangesRebuildTheIndexAndItStillFindsTheSame() {
        List<SearchDoc<Long>> docs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            docs.add(doc(UUID.randomUUID(), "zorb", i, "zorb"));
        }
        SearchIndex<Long> index = SearchIndex.of(docs);
        Map<UUID, Optional<SearchDoc<Long>>> changes = new HashMap<>();
        for (int i = 0; i < SearchIndex.MIN_CHANGES_BEFORE_REBUILD; i++) {
            UUID id = i < 50 ? docs.get(i).id() : UUID.randomUUID();
            changes.put(id, i % 2 == 0 ? Optional.empty() : Optional.of(doc(id, "kelp", 1000 + i, "kelp")));
        }

        SearchIndex<Long> rebuilt = index.with(changes);

        assertThat(ids(rebuilt, List.of(word("zorb")), BY_PRICE)).hasSize(50);
        assertThat(ids(rebuilt, List.of(word("kelp")), BY_PRICE)).hasSize(SearchIndex.MIN_CHANGES_BEFORE_REBUILD / 2);
        assertThat(rebuilt.size()).isEqualTo(50 + SearchIndex.MIN_CHANGES_BEFORE_REBUILD / 2);
    }
}
