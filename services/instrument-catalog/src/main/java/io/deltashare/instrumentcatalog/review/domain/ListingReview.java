package io.deltashare.instrumentcatalog.review.domain;

import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;

/**
 * The platform's review of what a provider lists, the same for an instrument and a service: a new listing waits,
 * submitted, and goes live when approved; a change of a live one waits beside it ({@code pending}) and replaces it
 * when approved; a refusal says why ({@code note}) and leaves what is live as it was. Each aggregate keeps its own
 * statuses and asks this what a review step does to its listing, its pending change and its note.
 *
 * @param <L> what the provider says: an instrument's listing, a service's offer
 */
public record ListingReview<L>(L listing, L pending, String note) {

    /** Where the listed thing stands, as far as review goes. */
    public enum Stage {
        /** Listed (or corrected after a refusal), waiting for its first approval. */
        SUBMITTED,
        /** Approved and not withdrawn: the public sees it, and a change of it waits beside it. */
        LIVE,
        /** Refused, or withdrawn: nothing of it waits for review. */
        CLOSED
    }

    /** The provider's revision: a listing not yet live is replaced (and waits again); a live one keeps it beside. */
    public ListingReview<L> revisedTo(L revised, Stage stage) {
        return stage == Stage.LIVE
                ? new ListingReview<>(listing, revised, null)
                : new ListingReview<>(revised, null, null);
    }

    /** Whether something waits for the platform's review. */
    public boolean awaitsReview(Stage stage) {
        return stage == Stage.SUBMITTED || stage == Stage.LIVE && pending != null;
    }

    /**
     * The platform approves what waits: a new listing as it is, or the pending change in place of the live one.
     * {@code what} names the thing and its status for the refusal when nothing waits.
     */
    public Decision<ListingReview<L>> approved(Stage stage, String what) {
        if (!awaitsReview(stage)) {
            return Decision.reject(nothingToReview(what));
        }
        return Decision.accept(new ListingReview<>(stage == Stage.SUBMITTED ? listing : pending, null, null));
    }

    /** The platform refuses what waits, saying why; a refused change leaves the live listing as it was. */
    public Decision<ListingReview<L>> refused(String why, Stage stage, String what) {
        if (why == null || why.isBlank()) {
            return Decision.reject(Rejection.invalid("reason", "say why, so that the provider can correct it"));
        }
        if (!awaitsReview(stage)) {
            return Decision.reject(nothingToReview(what));
        }
        return Decision.accept(new ListingReview<>(listing, null, why));
    }

    private static Rejection nothingToReview(String what) {
        return Rejection.conflict("nothing-to-review", what + " with no change waiting for review");
    }
}
