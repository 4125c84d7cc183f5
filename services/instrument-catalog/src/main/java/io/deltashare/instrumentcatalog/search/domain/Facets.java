package io.deltashare.instrumentcatalog.search.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

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

    /**
     * The facets every listing has (its provider's region and lower-cased city, its category, its provider) and
     * {@code others}, leaving out the nulls: a listing's facets, or those a search asks for.
     */
    public static List<String> ofListing(String region, String city, String category, UUID provider, String... others) {
        return Stream.concat(
                        Stream.of(
                                of("region", region),
                                of("city", city),
                                of("category", category),
                                of("provider", provider)),
                        Arrays.stream(others))
                .filter(Objects::nonNull)
                .toList();
    }
}
