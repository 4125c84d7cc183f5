package io.deltashare.booking.reservation.messaging;

import io.deltashare.booking.reservation.application.BookingService;
import io.deltashare.contracts.voucher.VoucherReservationRejected;
import io.deltashare.contracts.voucher.VoucherReserved;
import io.deltashare.platform.inbox.EventHandlers;
import io.deltashare.platform.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The voucher side of the saga: a hold lets a booking go on, a refusal rejects it with the voucher's reason. */
@ApplicationScoped
public class VoucherRepliesConsumer {

    private final InboxConsumer inbox;
    private final EventHandlers handlers;

    VoucherRepliesConsumer(InboxConsumer inbox, BookingService bookings) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(VoucherReserved.class, (event, envelope) -> bookings.voucherReserved(event.bookingId(), event.held()))
                .on(VoucherReservationRejected.class,
                        (event, envelope) -> bookings.voucherRejected(event.bookingId(), event.reason()));
    }

    @Incoming("voucher-replies")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }
}
