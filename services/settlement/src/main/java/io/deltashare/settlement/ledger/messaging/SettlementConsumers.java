package io.deltashare.settlement.ledger.messaging;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingNoShow;
import io.deltashare.contracts.order.OrderCancelled;
import io.deltashare.contracts.order.OrderMilestoneAccepted;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import io.deltashare.settlement.ledger.application.EventPostings;
import jakarta.enterprise.context.ApplicationScoped;

/** Booking, order and voucher events, applied once each through the inbox; other event types are skipped. */
@ApplicationScoped
public class SettlementConsumers implements ConsumesEvents {

    private final EventHandlers handlers;

    SettlementConsumers(EventPostings postings) {
        this.handlers = EventHandlers.create()
                .on(BookingCompleted.class, (event, envelope) -> postings.bookingCompleted(event.booking(), envelope))
                .on(
                        BookingCancelled.class,
                        (event, envelope) ->
                                postings.bookingCharged("CANCELLATION_FEE", event.booking(), event.charge(), envelope))
                .on(
                        BookingNoShow.class,
                        (event, envelope) ->
                                postings.bookingCharged("NO_SHOW_FEE", event.booking(), event.charge(), envelope))
                .on(VoucherRedeemed.class, postings::voucherRedeemed)
                .on(
                        OrderMilestoneAccepted.class,
                        (event, envelope) ->
                                postings.orderMilestoneAccepted(event.order(), event.milestone(), envelope))
                .on(
                        OrderCancelled.class,
                        (event, envelope) -> postings.orderCancelled(event.order(), event.fee(), envelope))
                .on(VoucherRedeemedForMilestone.class, postings::voucherRedeemedForMilestone);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
