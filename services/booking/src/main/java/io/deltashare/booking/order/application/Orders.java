package io.deltashare.booking.order.application;

import io.deltashare.booking.customer.application.Customers;
import io.deltashare.booking.order.domain.OrderStatus;
import io.deltashare.booking.order.domain.ServiceOrder;
import io.deltashare.booking.order.persistence.ServiceOrders;
import io.deltashare.platform.decision.ExpectedVersion;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * An order's life after it was placed: the provider's staff deliver milestones; the firm (or its partner portal)
 * accepts them, which bills them, disputes them, or cancels the order on the quote's terms. An order the caller may
 * not see does not exist to it.
 */
@ApplicationScoped
public class Orders {

    private final ServiceOrders orders;
    private final OrderChanges changes;
    private final Clock clock;

    Orders(ServiceOrders orders, OrderChanges changes, Clock clock) {
        this.orders = orders;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public OrderView get(UUID id, Caller caller) {
        return OrderView.of(visible(orders.find(id), id, caller));
    }

    /** The orders the caller's organizations placed or serve (every order for the admin), in id order. */
    @Transactional
    public List<OrderView> list(Caller caller, OrderStatus status, UUID after, int limit) {
        return orders.visible(Customers.listedOrganizations(caller), status, after, limit).stream()
                .map(OrderView::of)
                .toList();
    }

    /** The provider's staff deliver milestone {@code number}, with a note on what they deliver. */
    @Transactional
    public OrderView deliver(UUID id, int number, String note, ExpectedVersion expected, Caller caller) {
        ServiceOrder order = locked(id, caller, expected);
        if (!caller.isStaffOfProvider(order.parties().providerOrganizationId())) {
            throw Rejected.forbidden("only staff of the provider deliver milestones");
        }
        return changes.apply(order.deliver(number, note, clock.instant()).orElseThrow());
    }

    /** The firm accepts delivered milestone {@code number}: it is billed. */
    @Transactional
    public OrderView acceptMilestone(UUID id, int number, ExpectedVersion expected, Caller caller) {
        ServiceOrder order = asFirm(locked(id, caller, expected), caller, "accept a milestone");
        return changes.apply(order.acceptMilestone(number, clock.instant()).orElseThrow());
    }

    /** The firm disputes delivered milestone {@code number}, saying why. */
    @Transactional
    public OrderView dispute(UUID id, int number, String reason, ExpectedVersion expected, Caller caller) {
        ServiceOrder order = asFirm(locked(id, caller, expected), caller, "dispute a milestone");
        return changes.apply(order.dispute(number, reason).orElseThrow());
    }

    /** The firm cancels the order, owing the quote's cancellation share of what it has not accepted. */
    @Transactional
    public OrderView cancel(UUID id, ExpectedVersion expected, Caller caller) {
        ServiceOrder order = asFirm(locked(id, caller, expected), caller, "cancel the order");
        return changes.apply(order.cancel().orElseThrow());
    }

    /** Whether the caller may see the order: its firm (or partner), the provider's staff, the admin. */
    public static boolean visibleTo(ServiceOrder order, Caller caller) {
        return caller.isAdmin()
                || caller.actsFor(order.parties().firmOrganizationId())
                || caller.isStaffOfProvider(order.parties().providerOrganizationId());
    }

    private ServiceOrder locked(UUID id, Caller caller, ExpectedVersion expected) {
        ServiceOrder order = visible(orders.lockedForUpdate(id), id, caller);
        expected.check(order.version()).orElseThrow();
        return order;
    }

    private static ServiceOrder visible(java.util.Optional<ServiceOrder> found, UUID id, Caller caller) {
        return found.filter(o -> visibleTo(o, caller)).orElseThrow(() -> Rejected.notFound("order " + id));
    }

    private static ServiceOrder asFirm(ServiceOrder order, Caller caller, String what) {
        if (!caller.actsFor(order.parties().firmOrganizationId())) {
            throw Rejected.forbidden("only the firm that ordered (or its partner portal) may " + what);
        }
        return order;
    }
}
