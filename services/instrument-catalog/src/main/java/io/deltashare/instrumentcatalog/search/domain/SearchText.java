package io.deltashare.instrumentcatalog.search.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What keyword search looks in: Chinese and English names and descriptions, manufacturer, model and the category's
 * names, NFKC-normalised (full-width ＮＭＲ is NMR) and lower-cased.
 *
 * <p>A keyword is made of Han runs and words. A Han run matches as a substring, because Chinese has no spaces:
 * {@code 电镜} finds {@code 场发射扫描电镜}. A word matches the start of a word: {@code micro} finds {@code microscope}.
 * The database indexes both the same way (migration {@code V3__search_index.sql}, whose Han ranges are these).
 */
public final class SearchText {

    private static final Pattern HAN_RUN = Pattern.compile("[\\u3400-\\u9fff\\uf900-\\ufaff]+");
    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}&&[^\\u3400-\\u9fff\\uf900-\\ufaff]]");

    private SearchText() {}

    public static String of(String... parts) {
        return Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(SearchText::normalized)
                .collect(Collectors.joining(" "));
    }

    /**
     * A query split into its keywords (blank-separated), normalised like the text; keywords of punctuation alone
     * are dropped and at most eight are used.
     */
    public static List<String> keywords(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(normalized(query).trim().split("\\s+"))
                .filter(k -> hasWords(k) || HAN_RUN.matcher(k).find())
                .distinct()
                .limit(8)
                .toList();
    }

    /** The runs of Han characters in a keyword, each to be found as a substring. */
    public static List<String> hanRuns(String keyword) {
        Matcher matcher = HAN_RUN.matcher(keyword);
        return matcher.results().map(m -> m.group()).toList();
    }

    /** Whether a keyword has words (Latin letters, digits, other scripts) besides its Han runs. */
    public static boolean hasWords(String keyword) {
        return WORD_CHARACTER.matcher(keyword).find();
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
