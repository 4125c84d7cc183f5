package io.deltashare.gateway.webhook.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.deltashare.gateway.webhook.persistence.AttemptEntity;
import io.deltashare.gateway.webhook.persistence.DeliveryEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One delivery in a partner's delivery log: which event, where it stands, when it is tried next, and (when read one by
 * one) the JSON body that is sent and every attempt.
 *
 * @param status {@code PENDING} (not yet answered with a 2xx), {@code DELIVERED} or {@code FAILED} (given up)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        UUID id,
        UUID subscriptionId,
        UUID eventId,
        String eventType,
        @Schema(nullable = true) UUID firmOrganizationId,
        String status,
        int attempts,
        @Schema(nullable = true) Instant nextAttemptAt,
        Instant createdAt,
        @Schema(nullable = true) Instant deliveredAt,

        @JsonRawValue @Schema(type = SchemaType.OBJECT, nullable = true, description = "the JSON body that is sent")
        String payload,

        @Schema(nullable = true) List<Attempt> attemptLog) {

    /** One try: the receiver's status code, or the error when none came. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(
            int attempt,
            Instant attemptedAt,
            @Schema(nullable = true) Integer statusCode,
            @Schema(nullable = true) String error,
            int durationMs) {}

    static DeliveryView summary(DeliveryEntity d) {
        return new DeliveryView(
                d.id,
                d.subscriptionId,
                d.eventId,
                d.eventType,
                d.firmId,
                d.status,
                d.attempts,
                d.nextAttemptAt,
                d.createdAt,
                d.deliveredAt,
                null,
                null);
    }

    static DeliveryView full(DeliveryEntity d, List<AttemptEntity> attempts) {
        return new DeliveryView(
                d.id,
                d.subscriptionId,
                d.eventId,
                d.eventType,
                d.firmId,
                d.status,
                d.attempts,
                d.nextAttemptAt,
                d.createdAt,
                d.deliveredAt,
                d.payload,
                attempts.stream()
                        .map(a -> new Attempt(a.attempt, a.attemptedAt, a.statusCode, a.error, a.durationMs))
                        .toList());
    }
}
