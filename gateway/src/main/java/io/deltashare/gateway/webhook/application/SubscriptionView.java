package io.deltashare.gateway.webhook.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.deltashare.gateway.webhook.persistence.SubscriptionEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription as its partner sees it. {@code secret}, the key that signs deliveries, appears only in the
 * answer that creates the subscription.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, String url, List<String> eventTypes, List<UUID> firmOrganizationIds,
                               boolean active, Instant createdAt, Instant cancelledAt, String secret) {

    static SubscriptionView of(SubscriptionEntity s) {
        return new SubscriptionView(s.id, s.url, List.copyOf(s.eventTypes), List.copyOf(s.firmIds), s.active,
                s.createdAt, s.cancelledAt, null);
    }

    static SubscriptionView withSecret(SubscriptionEntity s) {
        SubscriptionView view = of(s);
        return new SubscriptionView(view.id, view.url, view.eventTypes, view.firmOrganizationIds, view.active,
                view.createdAt, view.cancelledAt, s.secret);
    }
}
