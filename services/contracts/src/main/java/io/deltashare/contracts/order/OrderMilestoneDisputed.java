package io.deltashare.contracts.order;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** The firm disputed delivered milestone {@code milestone}, saying why; the provider delivers it again. */
@EventType(value = "io.deltashare.booking.OrderMilestoneDisputed.v1", topic = Topics.ORDERS)
public record OrderMilestoneDisputed(OrderSnapshot order, int milestone, String reason) implements IntegrationEvent {

    @Override
    public String subject() {
        return order.id().toString();
    }
}
