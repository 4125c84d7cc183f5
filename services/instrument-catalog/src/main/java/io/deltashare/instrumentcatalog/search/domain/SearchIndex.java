package io.deltashare.instrumentcatalog.search.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * The live listings of one kind, searchable in memory, as one immutable value: readers search it without locks and a
 * writer replaces it with {@link #with}.
 *
 * <p>It is a {@link IndexSegment} plus the listings changed since that segment was built: a changed listing hides its
 * old self in the segment and is matched on its own. When the changes grow to a twentieth of the segment (at least
 * {@value #MIN_CHANGES_BEFORE_REBUILD}), the segment is built again from both.
 */
public final class SearchIndex<A> {

    static final int MIN_CHANGES_BEFORE_REBUILD = 1_000;

    private final IndexSegment<A> segment;
    private final BitSet hidden;
    private final Map<UUID, Optional<SearchDoc<A>>> changed;

    private SearchIndex(IndexSegment<A> segment, BitSet hidden, Map<UUID, Optional<SearchDoc<A>>> changed) {
        this.segment = segment;
        this.hidden = hidden;
        this.changed = changed;
    }

    /** An index of {@code live}, the listings search may find. */
    public static <A> SearchIndex<A> of(Collection<SearchDoc<A>> live) {
        return new SearchIndex<>(IndexSegment.of(live), new BitSet(), Map.of());
    }

    /**
     * This index with {@code changes} applied: each listing's id to its searchable self, or to empty when search must
     * no longer find it (rejected, withdrawn, gone).
     */
    public SearchIndex<A> with(Map<UUID, Optional<SearchDoc<A>>> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<UUID, Optional<SearchDoc<A>>> nowChanged = new HashMap<>(changed);
        nowChanged.putAll(changes);
        if (nowChanged.size() >= Math.max(MIN_CHANGES_BEFORE_REBUILD, segment.size() / 20)) {
            List<SearchDoc<A>> live = new ArrayList<>(segment.size() + nowChanged.size());
            for (SearchDoc<A> doc : segment.docs()) {
                if (!nowChanged.containsKey(doc.id())) {
                    live.add(doc);
                }
            }
            nowChanged.values().forEach(doc -> doc.ifPresent(live::add));
            return of(live);
        }
        BitSet nowHidden = (BitSet) hidden.clone();
        changes.keySet().forEach(id -> {
            int ordinal = segment.ordinal(id);
            if (ordinal >= 0) {
                nowHidden.set(ordinal);
            }
        });
        return new SearchIndex<>(segment, nowHidden, Collections.unmodifiableMap(nowChanged));
    }

    /** How many listings search may find. */
    public int size() {
        return segment.size()
                - hidden.cardinality()
                + (int) changed.values().stream().filter(Optional::isPresent).count();
    }

    /** The page {@code request} asks for: its hits in order, each with the key a cursor after it carries. */
    public List<Keyset.Hit> search(SearchRequest<A> request) {
        SearchOrder<A> order = request.order();
        SearchOrder.Entry<A> after = request.after() == null ? null : order.after(request.after());
        // the page so far, its last entry on top, so that a better one replaces it
        PriorityQueue<SearchOrder.Entry<A>> page =
                new PriorityQueue<>(request.limit() + 1, order.comparator().reversed());
        int[] candidates = segment.candidates(request.keywords(), request.facets());
        int count = candidates == null ? segment.size() : candidates.length;
        long bestScore = order.ranked() ? bestScoreAmong(candidates, request.keywords()) : 0;
        int[] inOrder = order.ranked() || !walkInOrder(count, request.limit()) ? null : segment.inOrder(order);
        if (inOrder != null) {
            // every listing in the page's order: the first candidates that match fill it, and no later one could
            long[] isCandidate = candidates == null ? null : IndexSegment.bitmap(candidates, segment.size());
            for (int i = after == null ? 0 : firstAfter(inOrder, order, after);
                    i < inOrder.length && page.size() < request.limit();
                    i++) {
                int ordinal = inOrder[i];
                if (!hidden.get(ordinal) && (isCandidate == null || IndexSegment.has(isCandidate, ordinal))) {
                    consider(segment.doc(ordinal), true, bestScore, request, after, page);
                }
            }
            count = 0;
        }
        for (int i = 0; i < count; i++) {
            int ordinal = candidates == null ? i : candidates[i];
            if (!hidden.get(ordinal)) {
                consider(segment.doc(ordinal), true, bestScore, request, after, page);
            }
            if (order.ranked() && page.size() == request.limit() && page.peek().number() >= bestScore) {
                // the segment's ordinals follow the ids, relevance's tie-breaker: every candidate still to come has
                // a later id than the page's last, and no better score, so none can take its place
                break;
            }
        }
        for (Optional<SearchDoc<A>> doc : changed.values()) {
            doc.ifPresent(d -> consider(d, false, request.bestScore(), request, after, page));
        }
        List<SearchOrder.Entry<A>> hits = new ArrayList<>(page);
        hits.sort(order.comparator());
        return hits.stream().map(e -> new Keyset.Hit(e.id(), e.key(), e.doc())).toList();
    }

    /**
     * The highest relevance one of the segment's {@code candidates} can reach: each keyword adds its best score if
     * one of their names holds it, else 1. So when, say, a manufacturer's name is in none of them, the page fills
     * with the first candidates (ordinals follow ids, the tie-breaker) rather than after scoring every one.
     */
    private long bestScoreAmong(int[] candidates, List<SearchKeyword> keywords) {
        long best = 0;
        for (SearchKeyword keyword : keywords) {
            best += segment.isInAName(candidates, keyword) ? SearchKeyword.BEST_SCORE : 1;
        }
        return best;
    }

    /**
     * Whether to walk the whole segment in the page's order rather than visit each candidate: when so many listings
     * are candidates that a page's worth of them is found in fewer steps (about {@code limit * size / count}) than
     * there are candidates.
     */
    private boolean walkInOrder(int count, int limit) {
        return (long) count * count > (long) limit * segment.size();
    }

    /** Where, in {@code inOrder}, the listings after {@code after} begin. */
    private int firstAfter(int[] inOrder, SearchOrder<A> order, SearchOrder.Entry<A> after) {
        int low = 0;
        int high = inOrder.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            SearchDoc<A> doc = segment.doc(inOrder[middle]);
            if (order.compare(order.numberOf(doc, 0), order.textOf(doc), doc.id(), after) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Puts {@code doc} on the page if it matches and belongs there; {@code candidate} when the segment found it, and
     * {@code bestScore} the most relevance it can have.
     */
    private static <A> void consider(
            SearchDoc<A> doc,
            boolean candidate,
            long bestScore,
            SearchRequest<A> request,
            SearchOrder.Entry<A> after,
            PriorityQueue<SearchOrder.Entry<A>> page) {
        SearchOrder<A> order = request.order();
        boolean full = page.size() == request.limit();
        if (full && order.ranked() && order.compare(bestScore, null, doc.id(), page.peek()) >= 0) {
            return; // not even the best score would put it on the page: most candidates end here, unscored
        }
        if (!candidate && !doc.facets().containsAll(request.facets())
                || !request.filter().test(doc.attributes())) {
            return;
        }
        int score = 0;
        for (SearchKeyword keyword : request.keywords()) {
            if (candidate ? !keyword.runsFoundIn(doc) : !keyword.matches(doc)) {
                return;
            }
            if (order.ranked()) {
                score += keyword.score(doc);
            }
        }
        long number = order.numberOf(doc, score);
        String text = order.textOf(doc);
        if (after != null && order.compare(number, text, doc.id(), after) <= 0) {
            return;
        }
        if (!full) {
            page.add(new SearchOrder.Entry<>(doc.id(), number, text, doc));
        } else if (order.compare(number, text, doc.id(), page.peek()) < 0) {
            page.poll();
            page.add(new SearchOrder.Entry<>(doc.id(), number, text, doc));
        }
    }
}
