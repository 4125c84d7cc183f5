package io.deltashare.instrumentcatalog.search.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * An immutable inverted index over listings: each word to the listings holding it (prefix lookups run over the sorted
 * words), and each pair of adjacent Han characters to the listings holding it, like the database's
 * {@code catalog_han_pairs}. It narrows a keyword to candidates; {@link SearchKeyword#matches} decides.
 */
final class IndexSegment<A> {

    private final SearchDoc<A>[] docs;
    // each listing's name as SearchKeyword#pairBits, by ordinal
    private final long[] namePairs;
    private final Map<UUID, Integer> ordinals;
    private final String[] words;
    private final Posting[] withWord;
    private final Map<String, Posting> withHanPair;
    private final Map<String, Posting> withFacet;
    // made when first asked for, a few orders at most: see inOrder
    private final Map<SearchOrder<A>, int[]> inOrder = new ConcurrentHashMap<>();

    private IndexSegment(
            SearchDoc<A>[] docs,
            long[] namePairs,
            Map<UUID, Integer> ordinals,
            String[] words,
            Posting[] withWord,
            Map<String, Posting> withHanPair,
            Map<String, Posting> withFacet) {
        this.docs = docs;
        this.namePairs = namePairs;
        this.ordinals = ordinals;
        this.words = words;
        this.withWord = withWord;
        this.withHanPair = withHanPair;
        this.withFacet = withFacet;
    }

    static <A> IndexSegment<A> of(Collection<SearchDoc<A>> live) {
        @SuppressWarnings("unchecked") // an array of the listings given
        SearchDoc<A>[] docs = live.toArray(SearchDoc[]::new);
        // ordinals follow the ids, the last key of every order: see SearchIndex#search
        Arrays.sort(docs, Comparator.comparing(SearchDoc::id, SearchOrder.UUID_ORDER));
        Map<UUID, Integer> ordinals = new HashMap<>(docs.length * 4 / 3 + 1);
        TreeMap<String, PostingBuilder> byWord = new TreeMap<>();
        Map<String, PostingBuilder> byPair = new HashMap<>();
        Map<String, PostingBuilder> byFacet = new HashMap<>();
        long[] namePairs = new long[docs.length];
        for (int ordinal = 0; ordinal < docs.length; ordinal++) {
            SearchDoc<A> doc = docs[ordinal];
            namePairs[ordinal] = SearchKeyword.pairBits(doc.nameText());
            ordinals.put(doc.id(), ordinal);
            for (String word : doc.sortedWords()) {
                byWord.computeIfAbsent(word, w -> new PostingBuilder()).add(ordinal);
            }
            for (String facet : doc.facets()) {
                byFacet.computeIfAbsent(facet, f -> new PostingBuilder()).add(ordinal);
            }
            for (String run : SearchText.hanRuns(doc.searchText())) {
                for (int i = 0; i + 1 < run.length(); i++) {
                    byPair.computeIfAbsent(run.substring(i, i + 2), p -> new PostingBuilder())
                            .add(ordinal);
                }
            }
        }
        String[] words = byWord.keySet().toArray(String[]::new);
        Posting[] withWord =
                byWord.values().stream().map(b -> b.build(docs.length)).toArray(Posting[]::new);
        return new IndexSegment<>(
                docs,
                namePairs,
                ordinals,
                words,
                withWord,
                postings(byPair, docs.length),
                postings(byFacet, docs.length));
    }

    private static Map<String, Posting> postings(Map<String, PostingBuilder> builders, int size) {
        Map<String, Posting> postings = new HashMap<>(builders.size() * 4 / 3 + 1);
        builders.forEach((term, builder) -> postings.put(term, builder.build(size)));
        return postings;
    }

    int size() {
        return docs.length;
    }

    SearchDoc<A> doc(int ordinal) {
        return docs[ordinal];
    }

    List<SearchDoc<A>> docs() {
        return Arrays.asList(docs);
    }

    /**
     * Every ordinal in {@code order} (by its key, then by id, as ordinals follow ids); null when this segment already
     * keeps {@value #MAX_ORDERS} others. Made once per order and segment, and kept by the order's identity: the orders
     * are the few a search offers, each a constant, and these places bound what a new order for every search costs.
     */
    int[] inOrder(SearchOrder<A> order) {
        int[] ordinals = inOrder.get(order);
        if (ordinals != null || inOrder.size() >= MAX_ORDERS) {
            return ordinals;
        }
        return inOrder.computeIfAbsent(
                order,
                o -> IntStream.range(0, docs.length)
                        .boxed()
                        .sorted((a, b) -> {
                            int byKey = o.compareKeys(docs[a], docs[b]);
                            return byKey != 0 ? byKey : Integer.compare(a, b);
                        })
                        .mapToInt(Integer::intValue)
                        .toArray());
    }

    static final int MAX_ORDERS = 8;

    /**
     * Whether the name of one of {@code candidates} (every listing when null) holds {@code keyword}. Reads a name only
     * when its character pairs include all of the keyword's ({@link SearchKeyword#pairBits}), so, for a keyword in
     * none of them, about one number per candidate where scoring them read every name.
     */
    boolean isInAName(int[] candidates, SearchKeyword keyword) {
        long pairs = keyword.pairBits();
        int count = candidates == null ? docs.length : candidates.length;
        for (int i = 0; i < count; i++) {
            int ordinal = candidates == null ? i : candidates[i];
            if ((namePairs[ordinal] & pairs) == pairs && keyword.isInNameOf(docs[ordinal])) {
                return true;
            }
        }
        return false;
    }

    /** The ordinal of listing {@code id}, -1 when this segment does not hold it. */
    int ordinal(UUID id) {
        return ordinals.getOrDefault(id, -1);
    }

    /**
     * The listings that hold every keyword's words (as prefixes) and Han pairs and every one of {@code facets}, in
     * ordinal order; null when there are none of these (every listing may match). Exact for words, facets and Han runs
     * of two characters; a longer or single-character run must still be confirmed ({@link SearchKeyword#runsFoundIn}).
     */
    int[] candidates(List<SearchKeyword> keywords, List<String> facets) {
        List<Posting> terms = new ArrayList<>();
        facets.forEach(facet -> terms.add(withFacet.getOrDefault(facet, Posting.NONE)));
        for (SearchKeyword keyword : keywords) {
            if (keyword.words() != null) {
                if (keyword.words().isEmpty()) {
                    return new int[0];
                }
                keyword.words().forEach(word -> terms.add(startingWith(word)));
            }
            for (String run : keyword.hanRuns()) {
                for (int i = 0; i + 1 < run.length(); i++) {
                    terms.add(withHanPair.getOrDefault(run.substring(i, i + 2), Posting.NONE));
                }
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        terms.sort(Comparator.comparingInt(term -> term.ordinals().length));
        int[] found = terms.get(0).ordinals();
        for (int t = 1; t < terms.size() && found.length > 0; t++) {
            Posting term = terms.get(t);
            found = term.bits() != null ? kept(found, term.bits()) : intersection(found, term.ordinals());
        }
        return found;
    }

    /** The ordinals set in {@code bits}. */
    private static int[] kept(int[] ordinals, long[] bits) {
        int[] kept = new int[ordinals.length];
        int size = 0;
        for (int ordinal : ordinals) {
            if (has(bits, ordinal)) {
                kept[size++] = ordinal;
            }
        }
        return Arrays.copyOf(kept, size);
    }

    /** {@code ordinals} as a bitmap over a segment of {@code size} listings. */
    static long[] bitmap(int[] ordinals, int size) {
        long[] bits = new long[(size + 63) >>> 6];
        for (int ordinal : ordinals) {
            bits[ordinal >>> 6] |= 1L << ordinal;
        }
        return bits;
    }

    /** Whether {@code ordinal} is set in {@code bits}, which may end before it (a {@link BitSet}'s words). */
    static boolean has(long[] bits, int ordinal) {
        int word = ordinal >>> 6;
        return word < bits.length && (bits[word] & (1L << ordinal)) != 0;
    }

    /**
     * The ordinals in both sorted arrays; {@code fewer} is the shorter. Each of its ordinals is looked up in
     * {@code more} from where the last one was: by steps doubling until one reaches past it, then by halving the last
     * step. So a near neighbour costs a step or two, and a far one about twice the steps of halving all of
     * {@code more}.
     */
    private static int[] intersection(int[] fewer, int[] more) {
        int[] both = new int[fewer.length];
        int size = 0;
        int from = 0;
        for (int ordinal : fewer) {
            int step = 1;
            while (from + step < more.length && more[from + step] < ordinal) {
                step <<= 1;
            }
            int at = Arrays.binarySearch(more, from, Math.min(from + step + 1, more.length), ordinal);
            if (at >= 0) {
                both[size++] = ordinal;
                from = at + 1;
            } else {
                from = -at - 1;
            }
            if (from == more.length) {
                break;
            }
        }
        return Arrays.copyOf(both, size);
    }

    /** The listings with a word starting with {@code prefix}. */
    private Posting startingWith(String prefix) {
        int first = SearchDoc.firstNotBefore(words, prefix);
        int end = first;
        while (end < words.length && words[end].startsWith(prefix)) {
            end++;
        }
        if (end - first == 1) {
            return withWord[first];
        }
        if (end == first) {
            return Posting.NONE;
        }
        BitSet found = new BitSet(docs.length);
        for (int w = first; w < end; w++) {
            for (int ordinal : withWord[w].ordinals()) {
                found.set(ordinal);
            }
        }
        return new Posting(found.stream().toArray(), found.toLongArray());
    }

    /**
     * The listings holding a term, in increasing ordinal order, and, when they are at least a {@value #DENSE}th of
     * all, also as a bitmap ({@code null} otherwise): narrowing a few candidates by a common term (a region, a
     * manufacturer) then tests each in one step instead of searching through the term's many ordinals. A bitmap is
     * never larger than its ordinals.
     */
    private record Posting(int[] ordinals, long[] bits) {

        static final Posting NONE = new Posting(new int[0], null);
        static final int DENSE = 32;

        static Posting of(int[] ordinals, int size) {
            if ((long) ordinals.length * DENSE < size) {
                return new Posting(ordinals, null);
            }
            return new Posting(ordinals, bitmap(ordinals, size));
        }
    }

    /** Ordinals in increasing order, each once. */
    private static final class PostingBuilder {

        private int[] ordinals = new int[4];
        private int size;

        void add(int ordinal) {
            if (size > 0 && ordinals[size - 1] == ordinal) {
                return;
            }
            if (size == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, size * 2);
            }
            ordinals[size++] = ordinal;
        }

        Posting build(int segmentSize) {
            return Posting.of(Arrays.copyOf(ordinals, size), segmentSize);
        }
    }
}
