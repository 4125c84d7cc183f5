package io.deltashare.instrumentcatalog.search.domain;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
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

    private final List<SearchDoc<A>> docs;
    private final Map<UUID, Integer> ordinals;
    private final String[] words;
    private final int[][] withWord;
    private final Map<String, int[]> withHanPair;

    private IndexSegment(
            List<SearchDoc<A>> docs,
            Map<UUID, Integer> ordinals,
            String[] words,
            int[][] withWord,
            Map<String, int[]> withHanPair) {
        this.docs = docs;
        this.ordinals = ordinals;
        this.words = words;
        this.withWord = withWord;
        this.withHanPair = withHanPair;
    }

    static <A> IndexSegment<A> of(Collection<SearchDoc<A>> live) {
        List<SearchDoc<A>> docs = List.copyOf(live);
        Map<UUID, Integer> ordinals = new HashMap<>(docs.size() * 4 / 3 + 1);
        TreeMap<String, Postings> byWord = new TreeMap<>();
        Map<String, Postings> byPair = new HashMap<>();
        for (int ordinal = 0; ordinal < docs.size(); ordinal++) {
            SearchDoc<A> doc = docs.get(ordinal);
            ordinals.put(doc.id(), ordinal);
            for (String word : doc.sortedWords()) {
                byWord.computeIfAbsent(word, w -> new Postings()).add(ordinal);
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
        Map<String, int[]> withHanPair = new HashMap<>(byPair.size() * 4 / 3 + 1);
        byPair.forEach((pair, postings) -> withHanPair.put(pair, postings.toArray()));
        return new IndexSegment<>(docs, ordinals, words, withWord, withHanPair);
    }

    int size() {
        return docs.size();
    }

    SearchDoc<A> doc(int ordinal) {
        return docs.get(ordinal);
    }

    List<SearchDoc<A>> docs() {
        return docs;
    }

    /** The ordinal of listing {@code id}, -1 when this segment does not hold it. */
    int ordinal(UUID id) {
        return ordinals.getOrDefault(id, -1);
    }

    /** The listings that may match every keyword: a superset, never missing one that does. */
    BitSet candidates(List<SearchKeyword> keywords) {
        BitSet candidates = new BitSet(docs.size());
        candidates.set(0, docs.size());
        for (SearchKeyword keyword : keywords) {
            if (keyword.words() != null) {
                if (keyword.words().isEmpty()) {
                    candidates.clear();
                }
                for (String word : keyword.words()) {
                    candidates.and(startingWith(word));
                }
            }
            for (String run : keyword.hanRuns()) {
                for (int i = 0; i + 1 < run.length(); i++) {
                    candidates.and(bits(withHanPair.get(run.substring(i, i + 2))));
                }
            }
        }
        return candidates;
    }

    private BitSet startingWith(String prefix) {
        BitSet found = new BitSet(docs.size());
        int at = Arrays.binarySearch(words, prefix);
        for (int w = at >= 0 ? at : -at - 1; w < words.length && words[w].startsWith(prefix); w++) {
            for (int ordinal : withWord[w]) {
                found.set(ordinal);
            }
        }
        return found;
    }

    private BitSet bits(int[] ordinals) {
        BitSet found = new BitSet(docs.size());
        if (ordinals != null) {
            for (int ordinal : ordinals) {
                found.set(ordinal);
            }
        }
        return found;
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
