package io.deltashare.gateway.webhook.messaging;

import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.webhook.WebhookEvents;
import io.deltashare.gateway.webhook.application.Deliveries;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Booking, voucher and ledger events that partners can subscribe to, queued once each (through the inbox) as
 * deliveries for the subscriptions that want them; other event types are skipped.
 */
@ApplicationScoped
public class WebhookConsumers implements ConsumesEvents {

    private final EventHandlers handlers;

    WebhookConsumers(Deliveries deliveries) {
        EventHandlers handlers = EventHandlers.create();
        WebhookEvents.ALL.forEach(kind -> register(handlers, kind, deliveries));
        this.handlers = handlers;
    }

    private static <E extends IntegrationEvent> void register(
            EventHandlers handlers, WebhookEvents.Kind<E> kind, Deliveries deliveries) {
        handlers.on(kind.eventClass(), (event, envelope) -> deliveries.enqueue(kind, event, envelope));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
