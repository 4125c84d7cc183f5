package io.deltashare.instrumentcatalog.search.domain;

import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How found listings are ordered: by relevance (highest first), by a number (lowest first) or by a name
 * (alphabetically, case-insensitively), and in every order then by id, as PostgreSQL orders uuids, so that pages never
 * overlap.
 */
public final class SearchOrder<A> {

    /** A found listing with its sort key: {@code number} for relevance and numbers, {@code text} for names. */
    record Entry<A>(UUID id, long number, String text, SearchDoc<A> doc) {

        /** The key a cursor after this entry carries. */
        String key() {
            return text == null ? Long.toString(number) : text;
        }
    }

    /** uuids in PostgreSQL's order: their sixteen bytes compared unsigned. */
    static final Comparator<UUID> UUID_ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private static final Comparator<String> NAME_ORDER = Comparator.comparing(
                    (String name) -> name.toLowerCase(Locale.ROOT))
            .thenComparing(Comparator.naturalOrder());

    private final boolean ranked;
    private final ToLongFunction<A> number;
    private final Function<A, String> text;
    private final Comparator<Entry<A>> comparator;

    private SearchOrder(
            boolean ranked, ToLongFunction<A> number, Function<A, String> text, Comparator<Entry<A>> byKey) {
        this.ranked = ranked;
        this.number = number;
        this.text = text;
        this.comparator = byKey.thenComparing(Entry::id, UUID_ORDER);
    }

    /** The keywords a listing matches, a match in its name counting twice; highest first. */
    public static <A> SearchOrder<A> relevance() {
        return new SearchOrder<>(
                true,
                null,
                null,
                Comparator.<Entry<A>>comparingLong(Entry::number).reversed());
    }

    /** A number of the listing (a price), lowest first. */
    public static <A> SearchOrder<A> ascending(ToLongFunction<A> key) {
        return new SearchOrder<>(false, key, null, Comparator.comparingLong(Entry::number));
    }

    /** A name of the listing, alphabetically: lower-cased first, then as written. */
    public static <A> SearchOrder<A> alphabetical(Function<A, String> key) {
        return new SearchOrder<>(false, null, key, Comparator.comparing(Entry::text, NAME_ORDER));
    }

    /** Whether results are ordered by relevance, so that scores must be counted. */
    boolean ranked() {
        return ranked;
    }

    Entry<A> entry(SearchDoc<A> doc, int score) {
        if (text != null) {
            return new Entry<>(doc.id(), 0, text.apply(doc.attributes()), doc);
        }
        return new Entry<>(doc.id(), ranked ? score : number.applyAsLong(doc.attributes()), null, doc);
    }

    /** Where a page after {@code position} starts; its key is a number unless the order is by name. */
    Entry<A> after(Keyset.Position position) {
        return text != null
                ? new Entry<>(position.id(), 0, position.key(), null)
                : new Entry<>(position.id(), Long.parseLong(position.key()), null, null);
    }

    Comparator<Entry<A>> comparator() {
        return comparator;
    }
}
