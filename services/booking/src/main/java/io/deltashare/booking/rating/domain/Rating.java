package io.deltashare.booking.rating.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.decision.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A firm's rating (用户评价) of a booking or an order it completed: 1 to 5 for quality, timeliness and service, and a
 * comment. The firm may change it until {@code editableUntil}; the provider may reply once. One rating per booking or
 * order. Immutable: each decision gives the rating as it is after it.
 */
public record Rating(
        UUID id,
        Subject subject,
        Scores scores,
        String comment,
        String reply,
        Instant repliedAt,
        Instant ratedAt,
        Instant editableUntil,
        long version) {

    /** What is rated: a booking of an instrument, or an order of a service, and who the firm and provider are. */
    public record Subject(
            String kind,
            UUID id,
            UUID firmOrganizationId,
            Region firmRegion,
            UUID providerId,
            UUID providerOrganizationId,
            UUID instrumentId,
            UUID serviceOfferId) {

        public static final String BOOKING = "BOOKING";
        public static final String ORDER = "ORDER";
    }

    /** The three marks, each from 1 to 5. */
    public record Scores(int quality, int timeliness, int service) {

        List<Violation> violations() {
            List<Violation> violations = new ArrayList<>();
            check("quality", quality, violations);
            check("timeliness", timeliness, violations);
            check("service", service, violations);
            return violations;
        }

        private static void check(String field, int score, List<Violation> violations) {
            if (score < 1 || score > 5) {
                violations.add(new Violation(field, "a mark from 1 to 5"));
            }
        }
    }

    /** The firm rates what it completed ({@code completed}); it may change the rating for {@code editableFor}. */
    public static Decision<Rating> give(
            UUID id,
            Subject subject,
            boolean completed,
            Scores scores,
            String comment,
            Instant now,
            Duration editableFor) {
        if (!completed) {
            return Decision.reject(Rejection.conflict(
                    "not-completed", "a " + subject.kind().toLowerCase() + " is rated once it is completed"));
        }
        return Decision.unlessViolated(
                scores.violations(),
                () -> new Rating(id, subject, scores, comment, null, null, now, now.plus(editableFor), 0));
    }

    /** The firm changes its marks and comment, while the rating may still be edited. */
    public Decision<Rating> change(Scores changed, String changedComment, Instant now) {
        if (!now.isBefore(editableUntil)) {
            return Decision.reject(Rejection.conflict(
                    "rating-final", "the rating could be changed until " + editableUntil + "; it is final now"));
        }
        return Decision.unlessViolated(
                changed.violations(),
                () -> new Rating(
                        id, subject, changed, changedComment, reply, repliedAt, ratedAt, editableUntil, version));
    }

    /** The provider answers the rating, once. */
    public Decision<Rating> replyWith(String text, Instant now) {
        if (reply != null) {
            return Decision.reject(
                    Rejection.conflict("already-replied", "the provider replied to this rating on " + repliedAt));
        }
        if (text == null || text.isBlank()) {
            return Decision.reject(Rejection.invalid("reply", "say something"));
        }
        return Decision.accept(
                new Rating(id, subject, scores, comment, text.strip(), now, ratedAt, editableUntil, version));
    }
}
