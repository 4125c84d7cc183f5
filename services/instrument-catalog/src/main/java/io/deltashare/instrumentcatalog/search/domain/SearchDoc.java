package io.deltashare.instrumentcatalog.search.domain;

import java.util.Arrays;
import java.util.UUID;

/**
 * One live listing as search sees it: its id, the words of its {@link SearchText} as the database splits them
 * ({@code catalog_words}, sorted), the text itself, its lower-cased names and what filters and orders read
 * ({@code attributes}).
 */
public record SearchDoc<A>(UUID id, String[] words, String searchText, String nameText, A attributes) {

    public SearchDoc {
        words = words.clone();
        Arrays.sort(words);
    }

    /** Whether one of the words starts with {@code prefix}: the database's prefix match ({@code 'micro':*}). */
    public boolean hasWordStartingWith(String prefix) {
        int at = Arrays.binarySearch(words, prefix);
        if (at >= 0) {
            return true;
        }
        int next = -at - 1;
        return next < words.length && words[next].startsWith(prefix);
    }

    /** The words, in order, for the index to read (not a copy: the index never writes them). */
    String[] sortedWords() {
        return words;
    }
}
