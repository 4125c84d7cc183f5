package io.deltashare.contracts.order;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;

/** The firm cancelled the order: it owes {@code fee} (the quote's cancellation terms) and a voucher releases its hold. */
@EventType(value = "io.deltashare.booking.OrderCancelled.v1", topic = Topics.ORDERS)
public record OrderCancelled(OrderSnapshot order, Money fee) implements IntegrationEvent {

    @Override
    public String subject() {
        return order.id().toString();
    }
}
