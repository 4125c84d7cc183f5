package io.deltashare.instrumentcatalog.search.domain;

import java.util.List;

/**
 * One keyword of a query: its text (normalised, {@link SearchText#keywords}), the word prefixes it must find (as the
 * database splits them; null when the keyword is Han characters only) and its Han runs, each to be found as a
 * substring. A keyword with words of which the database keeps none (empty {@code words}) finds nothing, as
 * {@code catalog_word_query} does.
 */
public final class SearchKeyword {

    private final String text;
    private final List<String> words;
    private final List<String> hanRuns;
    // the runs an index of character pairs cannot decide alone: read for every candidate, so an array
    private final String[] unpairedRuns;
    // its character pairs as bits: see pairBits
    private final long pairBits;

    public SearchKeyword(String text, List<String> words, List<String> hanRuns) {
        this.text = text;
        this.words = words == null ? null : List.copyOf(words);
        this.hanRuns = List.copyOf(hanRuns);
        this.unpairedRuns = hanRuns.stream().filter(run -> run.length() != 2).toArray(String[]::new);
        this.pairBits = pairBits(text);
    }

    public String text() {
        return text;
    }

    public List<String> words() {
        return words;
    }

    public List<String> hanRuns() {
        return hanRuns;
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
        for (String run : unpairedRuns) {
            if (!doc.searchText().contains(run)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The adjacent character pairs of {@code text}, each hashed to one of 64 bits. A name that holds a keyword holds
     * its pairs, so the name's bits include the keyword's: {@link IndexSegment#isInAName} rules out, from a number per
     * listing, most names that do not hold it, without reading them.
     */
    static long pairBits(String text) {
        long bits = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            long pair = (long) text.charAt(i) << 16 | text.charAt(i + 1);
            bits |= 1L << (int) (pair * 0x9E3779B97F4A7C15L >>> 58);
        }
        return bits;
    }

    long pairBits() {
        return pairBits;
    }

    /** The most a keyword adds to a listing's relevance: when its name holds it. */
    public static final int BEST_SCORE = 2;

    /** What the keyword adds to a found listing's relevance: {@link #BEST_SCORE} when its name holds it, else 1. */
    public int score(SearchDoc<?> doc) {
        return isInNameOf(doc) ? BEST_SCORE : 1;
    }

    boolean isInNameOf(SearchDoc<?> doc) {
        return doc.nameText().contains(text);
    }
}
