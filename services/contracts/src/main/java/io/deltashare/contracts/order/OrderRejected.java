package io.deltashare.contracts.order;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** The order could not go on: its voucher refused to pay, for {@code reason}; the firm may accept a quote again. */
@EventType(value = "io.deltashare.booking.OrderRejected.v1", topic = Topics.ORDERS)
public record OrderRejected(OrderSnapshot order, String reason) implements IntegrationEvent {

    @Override
    public String subject() {
        return order.id().toString();
    }
}
