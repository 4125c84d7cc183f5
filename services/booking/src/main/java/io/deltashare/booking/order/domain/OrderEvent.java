package io.deltashare.booking.order.domain;

/** What happened to an order; each carries the order as it is afterwards. */
public sealed interface OrderEvent {

    ServiceOrder order();

    record Placed(ServiceOrder order) implements OrderEvent {}

    record Confirmed(ServiceOrder order) implements OrderEvent {}

    record Rejected(ServiceOrder order, String reason) implements OrderEvent {}

    record MilestoneDelivered(ServiceOrder order, int milestone) implements OrderEvent {}

    /** Milestone {@code milestone} was accepted, and billed; when it was the last, the order is now completed. */
    record MilestoneAccepted(ServiceOrder order, int milestone) implements OrderEvent {}

    record MilestoneDisputed(ServiceOrder order, int milestone, String reason) implements OrderEvent {}

    record Cancelled(ServiceOrder order, long feeFen) implements OrderEvent {}
}
