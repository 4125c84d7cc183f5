package io.deltashare.booking.order.application;

import io.deltashare.booking.order.domain.Milestone;
import io.deltashare.booking.order.domain.OrderEvent;
import io.deltashare.booking.order.domain.OrderParties;
import io.deltashare.booking.order.domain.OrderStatus;
import io.deltashare.booking.order.domain.ServiceOrder;
import io.deltashare.booking.order.persistence.ServiceOrders;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.order.OrderCancelled;
import io.deltashare.contracts.order.OrderCompleted;
import io.deltashare.contracts.order.OrderConfirmed;
import io.deltashare.contracts.order.OrderMilestoneAccepted;
import io.deltashare.contracts.order.OrderMilestoneDelivered;
import io.deltashare.contracts.order.OrderMilestoneDisputed;
import io.deltashare.contracts.order.OrderPlaced;
import io.deltashare.contracts.order.OrderRejected;
import io.deltashare.contracts.order.OrderSnapshot;
import io.deltashare.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes an order's move stick, in the caller's transaction: stores the order as the move left it and publishes what
 * the others are told (outbox, same transaction): the move's event, and {@code OrderCompleted} after the last
 * milestone's acceptance.
 */
@ApplicationScoped
public class OrderChanges {

    private final ServiceOrders orders;
    private final Outbox outbox;
    private final Event<OrderEvent> moves;

    OrderChanges(ServiceOrders orders, Outbox outbox, Event<OrderEvent> moves) {
        this.orders = orders;
        this.outbox = outbox;
        this.moves = moves;
    }

    /** Stores a newly placed order and announces it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderView place(OrderEvent.Placed placed) {
        ServiceOrder stored = orders.add(placed.order());
        published(placed, stored).forEach(outbox::publish);
        return OrderView.of(stored);
    }

    /** Stores and publishes {@code event}; returns the order as the API shows it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderView apply(OrderEvent event) {
        ServiceOrder stored = orders.save(event.order());
        published(event, stored).forEach(outbox::publish);
        moves.fire(event); // in this transaction: a rejected order opens its request for quotation again
        return OrderView.of(stored);
    }

    /** Publishes the placement of {@code order} again, as it is: a repeated question to the voucher service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void askVoucherAgain(ServiceOrder order) {
        outbox.publish(new OrderPlaced(snapshot(order)));
    }

    /** The integration events of {@code event}, carrying the order as {@code stored} (with its new version). */
    static List<IntegrationEvent> published(OrderEvent event, ServiceOrder stored) {
        OrderSnapshot o = snapshot(stored);
        List<IntegrationEvent> events = new ArrayList<>();
        if (event instanceof OrderEvent.Placed) {
            events.add(new OrderPlaced(o));
        } else if (event instanceof OrderEvent.Confirmed) {
            events.add(new OrderConfirmed(o));
        } else if (event instanceof OrderEvent.Rejected rejected) {
            events.add(new OrderRejected(o, rejected.reason()));
        } else if (event instanceof OrderEvent.MilestoneDelivered delivered) {
            events.add(new OrderMilestoneDelivered(o, delivered.milestone()));
        } else if (event instanceof OrderEvent.MilestoneAccepted accepted) {
            events.add(new OrderMilestoneAccepted(o, accepted.milestone()));
            if (stored.status() == OrderStatus.COMPLETED) {
                events.add(new OrderCompleted(o));
            }
        } else if (event instanceof OrderEvent.MilestoneDisputed disputed) {
            events.add(new OrderMilestoneDisputed(o, disputed.milestone(), disputed.reason()));
        } else if (event instanceof OrderEvent.Cancelled cancelled) {
            events.add(new OrderCancelled(o, Money.ofFen(cancelled.feeFen())));
        }
        return events;
    }

    static OrderSnapshot snapshot(ServiceOrder order) {
        OrderParties p = order.parties();
        return new OrderSnapshot(
                order.id(),
                order.quoteRequestId(),
                order.quoteId(),
                p.serviceOfferId(),
                p.firmOrganizationId(),
                p.firmRegion(),
                p.providerId(),
                p.providerOrganizationId(),
                p.providerRegion(),
                p.kind(),
                p.category(),
                p.serviceName(),
                order.title(),
                Money.ofFen(order.priceFen()),
                order.milestones().stream().map(OrderChanges::milestone).toList(),
                order.cancellationFeePercent(),
                order.voucherId(),
                Money.ofFen(order.voucherHeldFen()),
                order.status().name(),
                order.placedAt(),
                order.version(),
                p.sandbox());
    }

    private static OrderSnapshot.Milestone milestone(Milestone m) {
        return new OrderSnapshot.Milestone(
                m.number(),
                m.title(),
                Money.ofFen(m.amountFen()),
                m.due(),
                m.status().name());
    }
}
