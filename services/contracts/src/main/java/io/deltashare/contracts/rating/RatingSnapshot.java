package io.deltashare.contracts.rating;

import io.deltashare.contracts.catalog.Region;
import java.time.Instant;
import java.util.UUID;

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
        UUID instrumentId,
        UUID serviceOfferId,
        int quality,
        int timeliness,
        int service,
        String comment,
        String reply,
        Instant ratedAt,
        long version) {}
