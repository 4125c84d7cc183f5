package io.deltashare.instrumentcatalog.search.domain;

import java.util.List;

/**
 * One keyword of a query: its text (normalised, {@link SearchText#keywords}), the word prefixes it must find (as the
 * database splits them; null when the keyword is Han characters only) and its Han runs, each to be found as a
 * substring. A keyword with words of which the database keeps none (empty {@code words}) finds nothing, as
 * {@code catalog_word_query} does.
 */
public record SearchKeyword(String text, List<String> words, List<String> hanRuns) {

    public SearchKeyword {
        words = words == null ? null : List.copyOf(words);
        hanRuns = List.copyOf(hanRuns);
    }

    public boolean matches(SearchDoc<?> doc) {
        if (words != null) {
            if (words.isEmpty()) {
                return false;
            }
            for (String word : words) {
                if (!doc.hasWordStartingWith(word)) {
                    return false;
                }
            }
        }
        for (String run : hanRuns) {
            if (!doc.searchText().contains(run)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the Han runs that an index of character pairs cannot decide alone (one character, or more than two)
     * are in the listing's text.
     */
    public boolean runsFoundIn(SearchDoc<?> doc) {
        for (String run : hanRuns) {
            if (run.length() != 2 && !doc.searchText().contains(run)) {
                return false;
            }
        }
        return true;
    }

    /** What the keyword adds to a found listing's relevance: 2 when its name holds it, 1 otherwise. */
    public int score(SearchDoc<?> doc) {
        return doc.nameText().contains(text) ? 2 : 1;
    }
}
