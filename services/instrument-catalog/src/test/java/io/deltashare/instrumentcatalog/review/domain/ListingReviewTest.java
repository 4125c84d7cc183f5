package io.deltashare.instrumentcatalog.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.instrumentcatalog.review.domain.ListingReview.Stage;
import org.junit.jupiter.api.Test;

class ListingReviewTest {

    private static final ListingReview<String> NEW = new ListingReview<>("v1", null, null);
    private static final ListingReview<String> LIVE_WITH_CHANGE = new ListingReview<>("v1", "v2", null);

    @Test
    void aNewListingGoesLiveAsItIsAndARefusalSaysWhy() {
        assertThat(NEW.approved(Stage.SUBMITTED, "x").accepted()).contains(new ListingReview<>("v1", null, null));
        assertThat(NEW.refused("no room given", Stage.SUBMITTED, "x").accepted())
                .contains(new ListingReview<>("v1", null, "no room given"));
    }

    @Test
    void aChangeOfALiveListingWaitsBesideItAndReplacesItOnlyWhenApproved() {
        ListingReview<String> revised = NEW.revisedTo("v2", Stage.LIVE);
        assertThat(revised).isEqualTo(LIVE_WITH_CHANGE);
        assertThat(revised.approved(Stage.LIVE, "x").accepted()).contains(new ListingReview<>("v2", null, null));
        assertThat(revised.refused("blurry photo", Stage.LIVE, "x").accepted())
                .contains(new ListingReview<>("v1", null, "blurry photo"));
    }

    @Test
    void aRefusedListingIsReplacedByItsCorrection() {
        ListingReview<String> refused = new ListingReview<>("v1", null, "no room given");
        assertThat(refused.revisedTo("v2", Stage.CLOSED)).isEqualTo(new ListingReview<>("v2", null, null));
    }

    @Test
    void nothingWaitingMeansNothingToReviewAndARefusalNeedsAReason() {
        assertThat(NEW.approved(Stage.LIVE, "instrument 7 is ACTIVE")
                        .rejected()
                        .orElseThrow()
                        .reason())
                .isEqualTo("instrument 7 is ACTIVE with no change waiting for review");
        assertThat(LIVE_WITH_CHANGE.approved(Stage.CLOSED, "x").rejected()).isPresent();
        assertThat(LIVE_WITH_CHANGE
                        .refused(" ", Stage.LIVE, "x")
                        .rejected()
                        .orElseThrow()
                        .violations())
                .extracting(v -> v.field())
                .containsExactly("reason");
    }
}
