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

    /** uuids in PostgreSQL's order: their sixteen bytes compared unsigned (without boxing: it runs per candidate). */
    static final Comparator<UUID> UUID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private static final Comparator<String> NAME_ORDER = Comparator.comparing(
                    (String name) -> name.toLowerCase(Locale.ROOT))
            .thenComparing(Comparator.naturalOrder());

    private final boolean ranked;
    private final ToLongFunction<A> number;
    private final Function<A, String> text;
    private final Comparator<Entry<A>> comparator = (a, b) -> compare(a.number(), a.text(), a.id(), b);

    private SearchOrder(boolean ranked, ToLongFunction<A> number, Function<A, String> text) {
        this.ranked = ranked;
        this.number = number;
        this.text = text;
    }

    /** The keywords a listing matches, a match in its name counting twice; highest first. */
    public static <A> SearchOrder<A> relevance() {
        return new SearchOrder<>(true, null, null);
    }

    /** A number of the listing (a price), lowest first. */
    public static <A> SearchOrder<A> ascending(ToLongFunction<A> key) {
        return new SearchOrder<>(false, key, null);
    }

    /** A name of the listing, alphabetically: lower-cased first, then as written. */
    public static <A> SearchOrder<A> alphabetical(Function<A, String> key) {
        return new SearchOrder<>(false, null, key);
    }

    /** Whether results are ordered by relevance, so that scores must be counted. */
    boolean ranked() {
        return ranked;
    }

    /** The number {@code doc} is ordered by: its {@code score} when ranked, else its attribute (0 when by name). */
    long numberOf(SearchDoc<A> doc, int score) {
        return ranked ? score : number == null ? 0 : number.applyAsLong(doc.attributes());
    }

    /** The name {@code doc} is ordered by; null unless the order is by name. */
    String textOf(SearchDoc<A> doc) {
        return text == null ? null : text.apply(doc.attributes());
    }

    /**
     * Whether a listing with this key and id comes before ({@code < 0}) or after {@code other}, without making its
     * entry first: most candidates are compared and dropped.
     */
    int compare(long number, String text, UUID id, Entry<A> other) {
        int byKey = this.text != null
                ? NAME_ORDER.compare(text, other.text())
                : ranked ? Long.compare(other.number(), number) : Long.compare(number, other.number());
        return byKey != 0 ? byKey : UUID_ORDER.compare(id, other.id());
    }

    /** Compares two listings by this order's key alone (not by id); for orders other than relevance. */
    int compareKeys(SearchDoc<A> a, SearchDoc<A> b) {
        return text != null ? NAME_ORDER.compare(textOf(a), textOf(b)) : Long.compare(numberOf(a, 0), numberOf(b, 0));
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
