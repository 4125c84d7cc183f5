package io.deltashare.settlement.ledger.messaging;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingNoShow;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.platform.inbox.EventHandlers;
import io.deltashare.platform.inbox.InboxConsumer;
import io.deltashare.settlement.ledger.application.EventPostings;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Booking and voucher events, applied once each through the inbox; other event types are skipped. */
@ApplicationScoped
public class SettlementConsumers {

    private final InboxConsumer inbox;
    private final EventHandlers handlers;

    SettlementConsumers(InboxConsumer inbox, EventPostings postings) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(BookingCompleted.class, (event, envelope) -> postings.bookingCompleted(event.booking(), envelope))
                .on(BookingCancelled.class, (event, envelope) ->
                        postings.bookingCharged("CANCELLATION_FEE", event.booking(), event.charge(), envelope))
                .on(BookingNoShow.class, (event, envelope) ->
                        postings.bookingCharged("NO_SHOW_FEE", event.booking(), event.charge(), envelope))
                .on(VoucherRedeemed.class, postings::voucherRedeemed);
    }

    /** The handlers, for tests that feed records straight into the inbox. */
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming("bookings")
    @Blocking
    public void onBooking(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }

    @Incoming("vouchers")
    @Blocking
    public void onVoucher(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }
}
