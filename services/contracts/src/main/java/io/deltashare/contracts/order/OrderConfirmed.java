package io.deltashare.contracts.order;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** The order's voucher holds its share ({@code voucherHeld}): the order is active and the provider may start. */
@EventType(value = "io.deltashare.booking.OrderConfirmed.v1", topic = Topics.ORDERS)
public record OrderConfirmed(OrderSnapshot order) implements IntegrationEvent {

    @Override
    public String subject() {
        return order.id().toString();
    }
}
