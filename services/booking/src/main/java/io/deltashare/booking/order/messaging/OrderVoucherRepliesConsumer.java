package io.deltashare.booking.order.messaging;

import io.deltashare.booking.order.application.OrderVoucherSaga;
import io.deltashare.booking.wallet.application.WalletUpdates;
import io.deltashare.contracts.voucher.VoucherHeldForOrder;
import io.deltashare.contracts.voucher.VoucherRefusedForOrder;
import io.deltashare.contracts.voucher.VoucherReleasedFromOrder;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The voucher side of an order's saga: a hold makes the order active (and leaves the firm's wallet with the voucher's
 * new balance), a refusal rejects it with the voucher's reason, a release gives the wallet its balance back.
 */
@ApplicationScoped
public class OrderVoucherRepliesConsumer implements ConsumesEvents {

    private final EventHandlers handlers;

    OrderVoucherRepliesConsumer(OrderVoucherSaga orders, WalletUpdates wallet) {
        this.handlers = EventHandlers.create()
                .on(VoucherHeldForOrder.class, (event, envelope) -> {
                    wallet.balanceIs(event.voucherId(), event.remainingBalance());
                    orders.voucherHeld(event.orderId(), event.held());
                })
                .on(
                        VoucherRefusedForOrder.class,
                        (event, envelope) -> orders.voucherRefused(event.orderId(), event.reason()))
                .on(
                        VoucherReleasedFromOrder.class,
                        (event, envelope) -> wallet.balanceIs(event.voucherId(), event.remainingBalance()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
