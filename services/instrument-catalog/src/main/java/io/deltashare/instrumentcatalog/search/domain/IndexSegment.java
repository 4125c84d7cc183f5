package io.deltashare.instrumentcatalog.search.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An immutable inverted index over listings: each word to the listings holding it (prefix lookups run over the sorted
 * words), and each pair of adjacent Han characters to the listings holding it, like the database's
 * {@code catalog_han_pairs}. It narrows a keyword to candidates; {@link SearchKeyword#matches} decides.
 */
final class IndexSegment<A> {

    private final SearchDoc<A>[] docs;
    private final Map<UUID, Integer> ordinals;
    private final String[] words;
    private final int[][] withWord;
    private final Map<String, int[]> withHanPair;
    private final Map<String, int[]> withFacet;

    private IndexSegment(
            SearchDoc<A>[] docs,
            Map<UUID, Integer> ordinals,
            String[] words,
            int[][] withWord,
            Map<String, int[]> withHanPair,
            Map<String, int[]> withFacet) {
        this.docs = docs;
        this.ordinals = ordinals;
        this.words = words;
        this.withWord = withWord;
        this.withHanPair = withHanPair;
        this.withFacet = withFacet;
    }

    static <A> IndexSegment<A> of(Collection<SearchDoc<A>> live) {
        @SuppressWarnings("unchecked") // an array of the listings given
        SearchDoc<A>[] docs = live.toArray(SearchDoc[]::new);
        // ordinals follow the ids, the last key of every order: see SearchIndex#search
        Arrays.sort(docs, Comparator.comparing(SearchDoc::id, SearchOrder.UUID_ORDER));
        Map<UUID, Integer> ordinals = new HashMap<>(docs.length * 4 / 3 + 1);
        TreeMap<String, Postings> byWord = new TreeMap<>();
        Map<String, Postings> byPair = new HashMap<>();
        Map<String, Postings> byFacet = new HashMap<>();
        for (int ordinal = 0; ordinal < docs.length; ordinal++) {
            SearchDoc<A> doc = docs[ordinal];
            ordinals.put(doc.id(), ordinal);
            for (String word : doc.sortedWords()) {
                byWord.computeIfAbsent(word, w -> new Postings()).add(ordinal);
            }
            for (String facet : doc.facets()) {
                byFacet.computeIfAbsent(facet, f -> new Postings()).add(ordinal);
            }
            for (String run : SearchText.hanRuns(doc.searchText())) {
                for (int i = 0; i + 1 < run.length(); i++) {
                    byPair.computeIfAbsent(run.substring(i, i + 2), p -> new Postings())
                            .add(ordinal);
                }
            }
        }
        String[] words = byWord.keySet().toArray(String[]::new);
        int[][] withWord = byWord.values().stream().map(Postings::toArray).toArray(int[][]::new);
        return new IndexSegment<>(docs, ordinals, words, withWord, arrays(byPair), arrays(byFacet));
    }

    private static Map<String, int[]> arrays(Map<String, Postings> postings) {
        Map<String, int[]> arrays = new HashMap<>(postings.size() * 4 / 3 + 1);
        postings.forEach((term, ordinals) -> arrays.put(term, ordinals.toArray()));
        return arrays;
    }

    int size() {
        return docs.length;
    }

    SearchDoc<A> doc(int ordinal) {
        return docs[ordinal];
    }

    List<SearchDoc<A>> docs() {
        return Arrays.asList(docs);
    }

    /** The ordinal of listing {@code id}, -1 when this segment does not hold it. */
    int ordinal(UUID id) {
        return ordinals.getOrDefault(id, -1);
    }

    /**
     * The listings that hold every keyword's words (as prefixes) and Han pairs and every one of {@code facets}, in
     * ordinal order; null when there are none of these (every listing may match). Exact for words, facets and Han runs
     * of two characters; a longer or single-character run must still be confirmed ({@link SearchKeyword#runsFoundIn}).
     */
    int[] candidates(List<SearchKeyword> keywords, List<String> facets) {
        List<int[]> terms = new ArrayList<>();
        facets.forEach(facet -> terms.add(withFacet.getOrDefault(facet, new int[0])));
        for (SearchKeyword keyword : keywords) {
            if (keyword.words() != null) {
                if (keyword.words().isEmpty()) {
                    return new int[0];
                }
                keyword.words().forEach(word -> terms.add(startingWith(word)));
            }
            for (String run : keyword.hanRuns()) {
                for (int i = 0; i + 1 < run.length(); i++) {
                    terms.add(withHanPair.getOrDefault(run.substring(i, i + 2), new int[0]));
                }
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        terms.sort(Comparator.comparingInt(ordinals -> ordinals.length));
        int[] found = terms.get(0);
        for (int t = 1; t < terms.size() && found.length > 0; t++) {
            found = intersection(found, terms.get(t));
        }
        return found;
    }

    /**
     * The ordinals in both sorted arrays; {@code fewer} is the shorter. Each of its ordinals is looked up in
     * {@code more} from where the last one was: by steps doubling until one reaches past it, then by halving the last
     * step. So a near neighbour costs a step or two, and a far one about twice the steps of halving all of {@code more}.
     */
    private static int[] intersection(int[] fewer, int[] more) {
        int[] both = new int[fewer.length];
        int size = 0;
        int from = 0;
        for (int ordinal : fewer) {
            int step = 1;
            while (from + step < more.length && more[from + step] < ordinal) {
                step <<= 1;
            }
            int at = Arrays.binarySearch(more, from, Math.min(from + step + 1, more.length), ordinal);
            if (at >= 0) {
                both[size++] = ordinal;
                from = at + 1;
            } else {
                from = -at - 1;
            }
            if (from == more.length) {
                break;
            }
        }
        return Arrays.copyOf(both, size);
    }

    /** The listings with a word starting with {@code prefix}, in ordinal order. */
    private int[] startingWith(String prefix) {
        int first = SearchDoc.firstNotBefore(words, prefix);
        int end = first;
        while (end < words.length && words[end].startsWith(prefix)) {
            end++;
        }
        if (end - first == 1) {
            return withWord[first];
        }
        BitSet found = new BitSet(docs.length);
        for (int w = first; w < end; w++) {
            for (int ordinal : withWord[w]) {
                found.set(ordinal);
            }
        }
        return found.stream().toArray();
    }

    /** Ordinals in increasing order, each once. */
    private static final class Postings {

        private int[] ordinals = new int[4];
        private int size;

        void add(int ordinal) {
            if (size > 0 && ordinals[size - 1] == ordinal) {
                return;
            }
            if (size == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, size * 2);
            }
            ordinals[size++] = ordinal;
        }

        int[] toArray() {
            return Arrays.copyOf(ordinals, size);
        }
    }
}
