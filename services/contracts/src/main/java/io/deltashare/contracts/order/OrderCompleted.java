package io.deltashare.contracts.order;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** Every milestone of the order was accepted; a voucher releases what it still holds. */
@EventType(value = "io.deltashare.booking.OrderCompleted.v1", topic = Topics.ORDERS)
public record OrderCompleted(OrderSnapshot order) implements IntegrationEvent {

    @Override
    public String subject() {
        return order.id().toString();
    }
}
