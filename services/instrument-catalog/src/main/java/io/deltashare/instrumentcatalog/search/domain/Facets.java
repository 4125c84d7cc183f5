package io.deltashare.instrumentcatalog.search.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A listing's facets: the values a filter asks for exactly (region, city, category, …), each as one term
 * {@code name=value}, indexed like words so that a filter narrows the candidates instead of being tested on each.
 */
public final class Facets {

    private Facets() {}

    /** The facet {@code name=value}; null when {@code value} is (a filter not asked for). */
    public static String of(String name, Object value) {
        return value == null ? null : name + "=" + value;
    }

    /** The facets given, without the nulls. */
    public static List<String> all(String... facets) {
        return Arrays.stream(facets).filter(Objects::nonNull).toList();
    }
}
