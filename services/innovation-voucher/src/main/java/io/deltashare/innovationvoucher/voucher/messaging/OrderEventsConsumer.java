package io.deltashare.innovationvoucher.voucher.messaging;

import io.deltashare.contracts.order.OrderCancelled;
import io.deltashare.contracts.order.OrderCompleted;
import io.deltashare.contracts.order.OrderMilestoneAccepted;
import io.deltashare.contracts.order.OrderPlaced;
import io.deltashare.contracts.order.OrderRejected;
import io.deltashare.innovationvoucher.voucher.application.OrderVouchers;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/** The order side of the saga: a placed order holds, each accepted milestone redeems, every ending releases the rest. */
@ApplicationScoped
public class OrderEventsConsumer implements ConsumesEvents {

    private final EventHandlers handlers;

    OrderEventsConsumer(OrderVouchers vouchers) {
        this.handlers = EventHandlers.create()
                .on(OrderPlaced.class, (event, envelope) -> vouchers.orderPlaced(event.order()))
                .on(
                        OrderMilestoneAccepted.class,
                        (event, envelope) -> vouchers.milestoneAccepted(event.order(), event.milestone()))
                .on(OrderCompleted.class, (event, envelope) -> vouchers.orderEnded(event.order()))
                .on(OrderCancelled.class, (event, envelope) -> vouchers.orderEnded(event.order()))
                .on(OrderRejected.class, (event, envelope) -> vouchers.orderEnded(event.order()));
        // confirmations, deliveries and disputes move no money on a voucher; the inbox skips types without a handler
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
