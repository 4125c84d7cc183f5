package io.deltashare.booking.order.application;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.order.domain.OrderStatus;
import io.deltashare.booking.order.domain.ServiceOrder;
import io.deltashare.booking.order.persistence.ServiceOrders;
import io.deltashare.contracts.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The order's side of the voucher saga, as for bookings: the voucher's hold makes the order active, its refusal
 * rejects it (and opens its request for quotation again); an order whose voucher stays silent asks again after
 * {@code booking.voucher-answer.ask-again-after} and is rejected {@code give-up-after} after it was placed
 * ({@link OrderVoucherTimeouts}). An answer that comes late (the order moved on) changes nothing.
 */
@ApplicationScoped
public class OrderVoucherSaga {

    private final ServiceOrders orders;
    private final OrderChanges changes;
    private final BookingConfig.VoucherAnswer config;
    private final Clock clock;

    OrderVoucherSaga(ServiceOrders orders, OrderChanges changes, BookingConfig config, Clock clock) {
        this.orders = orders;
        this.changes = changes;
        this.config = config.voucherAnswer();
        this.clock = clock;
    }

    /** The voucher holds its share: the order is active and the provider may start. */
    @Transactional
    public void voucherHeld(UUID orderId, Money held) {
        orders.lockedForUpdate(orderId)
                .ifPresent(order -> order.voucherHeld(held.fen()).accepted().ifPresent(changes::apply));
    }

    /** The voucher will not pay: the order is rejected with the voucher's reason; the firm may accept a quote again. */
    @Transactional
    public void voucherRefused(UUID orderId, String reason) {
        orders.lockedForUpdate(orderId)
                .ifPresent(order ->
                        order.voucherRefused("voucher: " + reason).accepted().ifPresent(changes::apply));
    }

    /** Orders waiting for their voucher's answer, last asked before {@code askedBefore}. */
    @Transactional
    public List<UUID> awaiting(Instant askedBefore, int limit) {
        return orders.awaitingVoucher(askedBefore, limit);
    }

    /** Gives up on an order placed before the give-up time, or asks its voucher again; says which. */
    @Transactional
    public String chase(UUID id, Instant askedBefore, Instant now) {
        ServiceOrder order = orders.lockedForUpdate(id)
                .filter(o -> o.status() == OrderStatus.AWAITING_VOUCHER)
                .orElse(null);
        if (order == null || !orders.voucherAskedAt(id).isBefore(askedBefore)) {
            return "answered meanwhile";
        }
        if (order.placedAt().isBefore(now.minus(config.giveUpAfter()))) {
            changes.apply(order.voucherRefused("voucher: the innovation-voucher service did not answer within "
                            + config.giveUpAfter().toMinutes() + " minutes; the order was not placed")
                    .orElseThrow());
            return "gave up";
        }
        orders.voucherAskedAgain(id, now);
        changes.askVoucherAgain(order);
        return "asked again";
    }
}
