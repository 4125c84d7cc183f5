package io.deltashare.membership.joining.application;

import io.deltashare.membership.joining.domain.JoiningApplication;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application to join as the applicant and its reviewers see it.
 *
 * @param kind           {@code FIRM}, {@code PROVIDER}, {@code RESEARCHER} or {@code STAFF}
 * @param status         {@code SUBMITTED}, {@code APPROVED} or {@code REJECTED}
 * @param organizationId once approved, the organization the applicant is a member of (its id in tokens)
 */
@Schema(name = "JoiningApplication")
public record JoiningApplicationView(
        UUID id,
        String kind,
        ProfileView profile,
        String status,
        @Schema(nullable = true) String reason,
        Instant submittedAt,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true) UUID organizationId,
        long version) {

    static JoiningApplicationView of(JoiningApplication a) {
        return new JoiningApplicationView(
                a.id(),
                a.kind().name(),
                ProfileView.of(a.profile()),
                a.status().name(),
                a.reason(),
                a.submittedAt(),
                a.reviewedAt(),
                a.organizationId(),
                a.version());
    }
}
