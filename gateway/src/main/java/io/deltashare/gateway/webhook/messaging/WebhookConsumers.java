package io.deltashare.gateway.webhook.messaging;

import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.gateway.webhook.application.Deliveries;
import io.deltashare.gateway.webhook.domain.WebhookEvents;
import io.deltashare.platform.inbox.EventHandlers;
import io.deltashare.platform.inbox.InboxConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Booking, voucher and ledger events that partners can subscribe to, queued once each (through the inbox) as
 * deliveries for the subscriptions that want them; other event types are skipped.
 */
@ApplicationScoped
public class WebhookConsumers {

    private final InboxConsumer inbox;
    private final EventHandlers handlers;

    WebhookConsumers(InboxConsumer inbox, Deliveries deliveries) {
        this.inbox = inbox;
        EventHandlers handlers = EventHandlers.create();
        WebhookEvents.ALL.forEach(kind -> register(handlers, kind, deliveries));
        this.handlers = handlers;
    }

    private static <E extends IntegrationEvent> void register(EventHandlers handlers, WebhookEvents.Kind<E> kind,
                                                               Deliveries deliveries) {
        handlers.on(kind.eventClass(), (event, envelope) -> deliveries.enqueue(kind, event, envelope));
    }

    @Incoming("webhook-bookings")
    @Blocking
    public void onBooking(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }

    @Incoming("webhook-vouchers")
    @Blocking
    public void onVoucher(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }

    @Incoming("webhook-ledger")
    @Blocking
    public void onLedger(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }
}
