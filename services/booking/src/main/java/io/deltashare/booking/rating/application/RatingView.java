package io.deltashare.booking.rating.application;

import io.deltashare.booking.rating.domain.Rating;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.rating.RatingSnapshot;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rating as the API shows it. Anyone may read ratings; they name the firm's region, not the firm ({@code
 * firmOrganizationId} only for the firm itself, the provider rated and the admin).
 */
public record RatingView(
        UUID id,
        String subject,
        UUID subjectId,

        @Schema(nullable = true, description = "the firm that rated; shown to it, the provider and the admin only")
        UUID firmOrganizationId,

        Region firmRegion,
        UUID providerId,
        @Schema(nullable = true) UUID instrumentId,
        @Schema(nullable = true) UUID serviceOfferId,
        int quality,
        int timeliness,
        int service,
        @Schema(nullable = true) String comment,
        @Schema(nullable = true) String reply,
        @Schema(nullable = true) Instant repliedAt,
        Instant ratedAt,
        Instant editableUntil,
        long version) {

    static RatingView of(Rating r, boolean showFirm) {
        Rating.Subject s = r.subject();
        return new RatingView(
                r.id(),
                s.kind(),
                s.id(),
                showFirm ? s.firmOrganizationId() : null,
                s.firmRegion(),
                s.providerId(),
                s.instrumentId(),
                s.serviceOfferId(),
                r.scores().quality(),
                r.scores().timeliness(),
                r.scores().service(),
                r.comment(),
                r.reply(),
                r.repliedAt(),
                r.ratedAt(),
                r.editableUntil(),
                r.version());
    }

    static RatingSnapshot snapshot(Rating r) {
        Rating.Subject s = r.subject();
        return new RatingSnapshot(
                r.id(),
                s.kind(),
                s.id(),
                s.firmOrganizationId(),
                s.firmRegion(),
                s.providerId(),
                s.providerOrganizationId(),
                s.instrumentId(),
                s.serviceOfferId(),
                r.scores().quality(),
                r.scores().timeliness(),
                r.scores().service(),
                r.comment(),
                r.reply(),
                r.ratedAt(),
                r.version());
    }
}
