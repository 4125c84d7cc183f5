package io.deltashare.booking.reservation.messaging;

import io.deltashare.booking.reservation.application.VoucherSaga;
import io.deltashare.booking.wallet.application.WalletUpdates;
import io.deltashare.contracts.voucher.VoucherReservationRejected;
import io.deltashare.contracts.voucher.VoucherReserved;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The voucher side of the saga: a hold lets a booking go on (and leaves the firm's wallet with the voucher's new
 * balance), a refusal rejects it with the voucher's reason.
 */
@ApplicationScoped
public class VoucherRepliesConsumer implements ConsumesEvents {

    private final EventHandlers handlers;

    VoucherRepliesConsumer(VoucherSaga bookings, WalletUpdates wallet) {
        this.handlers = EventHandlers.create()
                .on(VoucherReserved.class, (event, envelope) -> {
                    wallet.balanceIs(event.voucherId(), event.remainingBalance());
                    bookings.voucherReserved(event.bookingId(), event.held());
                })
                .on(
                        VoucherReservationRejected.class,
                        (event, envelope) -> bookings.voucherRejected(event.bookingId(), event.reason()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
