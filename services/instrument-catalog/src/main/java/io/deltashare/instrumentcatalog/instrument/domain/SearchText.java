package io.deltashare.instrumentcatalog.instrument.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What keyword search looks in: Chinese and English names and descriptions, manufacturer, model and the category's
 * names, lower-cased. Chinese has no spaces, so a keyword matches as a substring: {@code 电镜} finds {@code 场发射扫描电镜}.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(p -> p.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    /** A query split into its keywords (blank-separated), lower-cased; at most eight are used. */
    public static List<String> keywords(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).distinct().limit(8).toList();
    }
}
