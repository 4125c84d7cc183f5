package io.deltashare.contracts.order;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** The firm accepted milestone {@code milestone}: it is billed at its amount (and a voucher pays its share of it). */
@EventType(value = "io.deltashare.booking.OrderMilestoneAccepted.v1", topic = Topics.ORDERS)
public record OrderMilestoneAccepted(OrderSnapshot order, int milestone) implements IntegrationEvent {

    @Override
    public String subject() {
        return order.id().toString();
    }
}
