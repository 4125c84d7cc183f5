package io.deltashare.contracts.order;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** A firm accepted a quote: the order is placed with the quote's terms; with a voucher it waits for the voucher's hold. */
@EventType(value = "io.deltashare.booking.OrderPlaced.v1", topic = Topics.ORDERS)
public record OrderPlaced(OrderSnapshot order) implements IntegrationEvent {

    @Override
    public String subject() {
        return order.id().toString();
    }
}
