package io.deltashare.gateway.webhook.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.deltashare.gateway.webhook.persistence.SubscriptionEntity;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook subscription as its partner sees it, with the firms that grant the partner rights now (whose events it
 * gets) and its filters of catalog events.
 * {@code secret}, the key that signs deliveries, appears only in the answer that creates the subscription.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(
        UUID id,
        String url,
        List<String> eventTypes,

        @Schema(description = "Catalog events only from these regions; empty: all")
        List<String> regions,

        @Schema(description = "Catalog events only of these categories; empty: all")
        List<String> categories,

        List<UUID> firmOrganizationIds,
        boolean active,
        Instant createdAt,
        @Schema(nullable = true) Instant cancelledAt,
        @Schema(nullable = true) String secret) {

    static SubscriptionView of(SubscriptionEntity s, Collection<UUID> linkedFirms) {
        return new SubscriptionView(
                s.id,
                s.url,
                List.copyOf(s.eventTypes),
                s.regions == null ? List.of() : List.copyOf(s.regions),
                s.categories == null ? List.of() : List.copyOf(s.categories),
                linkedFirms.stream().sorted().toList(),
                s.active,
                s.createdAt,
                s.cancelledAt,
                null);
    }

    /** The same subscription as any later answer shows it: without its secret. */
    public SubscriptionView withoutSecret() {
        return new SubscriptionView(
                id, url, eventTypes, regions, categories, firmOrganizationIds, active, createdAt, cancelledAt, null);
    }

    static SubscriptionView withSecret(SubscriptionEntity s, Collection<UUID> linkedFirms) {
        SubscriptionView view = of(s, linkedFirms);
        return new SubscriptionView(
                view.id,
                view.url,
                view.eventTypes,
                view.regions,
                view.categories,
                view.firmOrganizationIds,
                view.active,
                view.createdAt,
                view.cancelledAt,
                s.secret);
    }
}
