package io.deltashare.contracts.booking;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** A firm asked for a booking; with a voucher it now waits for the voucher's hold. */
@EventType(value = "io.deltashare.booking.BookingRequested.v1", topic = Topics.BOOKINGS)
public record BookingRequested(BookingSnapshot booking) implements IntegrationEvent {

    @Override
    public String subject() {
        return booking.id().toString();
    }
}
