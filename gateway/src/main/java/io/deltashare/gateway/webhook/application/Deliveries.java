package io.deltashare.gateway.webhook.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.webhook.WebhookEvents;
import io.deltashare.gateway.webhook.persistence.AttemptRepository;
import io.deltashare.gateway.webhook.persistence.DeliveryEntity;
import io.deltashare.gateway.webhook.persistence.DeliveryRepository;
import io.deltashare.gateway.webhook.persistence.SubscriptionEntity;
import io.deltashare.gateway.webhook.persistence.SubscriptionRepository;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Turns relayed events into deliveries for the subscriptions that want them, and shows partners their log. */
@ApplicationScoped
public class Deliveries {

    /** One page of a delivery log and the cursor of the following page, null on the last. */
    public record DeliveryLog(List<DeliveryView> items, String nextCursor) {}

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final AttemptRepository attempts;
    private final Subscriptions owners;
    private final PartnerLinks links;
    private final Clock clock;

    Deliveries(
            SubscriptionRepository subscriptions,
            DeliveryRepository deliveries,
            AttemptRepository attempts,
            Subscriptions owners,
            PartnerLinks links,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.owners = owners;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Queues {@code event} for every active subscription that wants its type and whose partner is linked to its firm
     * now. Runs in the inbox transaction, so each event is queued once however often Kafka delivers it. Should
     * Keycloak not say whom a partner is linked to, the delivery is queued anyway: the worker checks the links again
     * before it sends, and withholds it then.
     */
    public <E extends IntegrationEvent> int enqueue(WebhookEvents.Kind<E> kind, E event, CloudEvent envelope) {
        if (kind.isPublic()) {
            WebhookEvents.Listing listing = kind.listing().apply(event).orElseThrow();
            return queue(
                    subscriptions.wanting(envelope.type()).stream()
                            .filter(subscription -> passes(subscription, listing))
                            .toList(),
                    envelope,
                    null,
                    event);
        }
        Optional<UUID> firm = kind.firm().apply(event);
        if (firm.isEmpty()) {
            return 0;
        }
        return queue(
                subscriptions.wanting(envelope.type()).stream()
                        .filter(subscription -> linkedOrUnknown(subscription.clientId, firm.get(), envelope.type()))
                        .toList(),
                envelope,
                firm.get(),
                event);
    }

    /** A delivery of {@code event} to each of {@code wanting}; {@code firm} null for a public catalog event. */
    private int queue(List<SubscriptionEntity> wanting, CloudEvent envelope, UUID firm, IntegrationEvent event) {
        for (SubscriptionEntity subscription : wanting) {
            DeliveryEntity delivery = new DeliveryEntity();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = subscription.id;
            delivery.eventId = envelope.id();
            delivery.eventType = envelope.type();
            delivery.firmId = firm;
            delivery.payload = body(delivery.id, envelope, firm, event);
            delivery.status = "PENDING";
            delivery.createdAt = clock.instant();
            delivery.nextAttemptAt = delivery.createdAt;
            deliveries.persist(delivery);
        }
        return wanting.size();
    }

    /** Whether the catalog event's listing passes the subscription's region and category filters (empty: all). */
    private static boolean passes(SubscriptionEntity subscription, WebhookEvents.Listing listing) {
        return (subscription.regions == null
                        || subscription.regions.isEmpty()
                        || subscription.regions.contains(listing.region()))
                && (subscription.categories == null
                        || subscription.categories.isEmpty()
                        || subscription.categories.contains(listing.category()));
    }

    private boolean linkedOrUnknown(String partnerClientId, UUID firm, String eventType) {
        try {
            return links.allows(partnerClientId, firm, eventType);
        } catch (PartnerLinks.Unavailable unknownNow) {
            return true;
        }
    }

    /** The JSON a receiver gets: the delivery's and event's ids, the event type and time, its firm, the event. */
    private static String body(UUID deliveryId, CloudEvent envelope, UUID firm, IntegrationEvent event) {
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.put("deliveryId", deliveryId.toString());
        body.put("eventId", envelope.id().toString());
        body.put("type", envelope.type());
        body.put("subject", envelope.subject());
        body.put("time", envelope.time() == null ? null : envelope.time().toString());
        body.put("firmOrganizationId", firm == null ? null : firm.toString());
        body.set("data", EventJson.mapper().valueToTree(event));
        try {
            return EventJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    @Transactional
    public DeliveryLog log(UUID subscription, Caller caller, String status, String cursor, int limit) {
        owners.owned(subscription, caller);
        long after = 0;
        if (cursor != null) {
            try {
                after = Long.parseLong(cursor);
            } catch (NumberFormatException e) {
                throw Rejected.invalid("cursor", "follow the next link of a previous page as it is");
            }
        }
        List<DeliveryEntity> page = deliveries.page(subscription, after, status, caller.firmsActedFor(), limit + 1);
        List<DeliveryView> items =
                page.stream().limit(limit).map(DeliveryView::summary).toList();
        return new DeliveryLog(items, page.size() > limit ? String.valueOf(page.get(limit - 1).seq) : null);
    }

    @Transactional
    public DeliveryView get(UUID id, Caller caller) {
        DeliveryEntity delivery = owned(id, caller);
        return DeliveryView.full(delivery, attempts.of(delivery.id));
    }

    /**
     * Sends a delivery again, now, whatever became of it: a failed one gets a fresh series of retries, a delivered
     * one is sent once more (receivers de-duplicate by {@code deliveryId}).
     */
    @Transactional
    public DeliveryView redeliver(UUID id, Caller caller) {
        DeliveryEntity delivery = owned(id, caller);
        if (!owners.owned(delivery.subscriptionId, caller).active) {
            throw Rejected.conflict("subscription-cancelled", "the subscription is cancelled; nothing is sent to it");
        }
        delivery.status = "PENDING";
        delivery.failuresInRow = 0;
        delivery.nextAttemptAt = clock.instant();
        return DeliveryView.full(delivery, attempts.of(delivery.id));
    }

    /**
     * The caller's delivery of a public catalog event, or about a firm that grants it rights now; anything else is as
     * unknown as a missing one.
     */
    private DeliveryEntity owned(UUID id, Caller caller) {
        DeliveryEntity delivery = deliveries.byId(id).orElseThrow(() -> Rejected.notFound("webhook delivery " + id));
        SubscriptionEntity subscription = subscriptions.findById(delivery.subscriptionId);
        if (!subscription.owner.equals(caller.subject())
                || delivery.firmId != null && !caller.firmsActedFor().contains(delivery.firmId)) {
            throw Rejected.notFound("webhook delivery " + id);
        }
        return delivery;
    }
}
