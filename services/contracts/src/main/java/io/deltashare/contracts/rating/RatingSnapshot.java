package io.deltashare.contracts.rating;

import io.deltashare.contracts.catalog.Region;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A firm's rating (用户评价) of a completed booking or order: 1 to 5 for quality, timeliness and service, a comment,
 * and the provider's one reply. {@code instrumentId} is set for a booking, {@code serviceOfferId} for an order.
 *
 * @param subject {@code BOOKING} or {@code ORDER}
 */
public record RatingSnapshot(
        UUID id,
        String subject,
        UUID subjectId,
        UUID firmOrganizationId,
        Region firmRegion,
        UUID providerId,
        UUID providerOrganizationId,
        @Schema(nullable = true) UUID instrumentId,
        @Schema(nullable = true) UUID serviceOfferId,
        int quality,
        int timeliness,
        int service,
        @Schema(nullable = true) String comment,
        @Schema(nullable = true) String reply,
        Instant ratedAt,
        long version) {}
