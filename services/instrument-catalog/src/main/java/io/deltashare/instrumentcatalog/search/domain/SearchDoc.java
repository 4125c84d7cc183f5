package io.deltashare.instrumentcatalog.search.domain;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One live listing as search sees it: its id, the words of its {@link SearchText} as the database splits them
 * ({@code catalog_words}, sorted), the text itself, its lower-cased names, its {@link Facets} and what other filters
 * and the orders read ({@code attributes}).
 */
public record SearchDoc<A>(
        UUID id, String[] words, String searchText, String nameText, List<String> facets, A attributes) {

    public SearchDoc {
        words = words.clone();
        Arrays.sort(words);
        facets = List.copyOf(facets);
    }

    /** Whether one of the words starts with {@code prefix}: the database's prefix match ({@code 'micro':*}). */
    public boolean hasWordStartingWith(String prefix) {
        int next = firstNotBefore(words, prefix);
        return next < words.length && words[next].startsWith(prefix);
    }

    /**
     * Where {@code key} is or would be in {@code sorted}: the first index whose word is not before it. (A search of
     * strings alone: {@code Arrays.binarySearch} compares through {@code Comparable}, which profiled several times
     * slower here.)
     */
    static int firstNotBefore(String[] sorted, String key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle].compareTo(key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The words, in order, for the index to read (not a copy: the index never writes them). */
    String[] sortedWords() {
        return words;
    }
}
