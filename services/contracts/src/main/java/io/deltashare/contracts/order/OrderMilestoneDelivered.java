package io.deltashare.contracts.order;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** The provider delivered milestone {@code milestone} of the order; the firm accepts or disputes it. */
@EventType(value = "io.deltashare.booking.OrderMilestoneDelivered.v1", topic = Topics.ORDERS)
public record OrderMilestoneDelivered(OrderSnapshot order, int milestone) implements IntegrationEvent {

    @Override
    public String subject() {
        return order.id().toString();
    }
}
