package io.deltashare.innovationvoucher.voucher.messaging;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingNoShow;
import io.deltashare.contracts.booking.BookingRejected;
import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.innovationvoucher.voucher.application.VoucherLedger;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/** The booking side of the saga: requests hold, completion redeems, every other ending releases. */
@ApplicationScoped
public class BookingEventsConsumer implements ConsumesEvents {

    private final EventHandlers handlers;

    BookingEventsConsumer(VoucherLedger ledger) {
        this.handlers = EventHandlers.create()
                .on(BookingRequested.class, (event, envelope) -> ledger.bookingRequested(event.booking()))
                .on(BookingCompleted.class, (event, envelope) -> ledger.bookingCompleted(event.booking()))
                .on(BookingCancelled.class, (event, envelope) -> ledger.bookingEnded(event.booking()))
                .on(BookingRejected.class, (event, envelope) -> ledger.bookingEnded(event.booking()))
                .on(BookingNoShow.class, (event, envelope) -> ledger.bookingEnded(event.booking()));
        // BookingConfirmed and BookingStarted change nothing on a voucher; the inbox skips types without a handler
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
