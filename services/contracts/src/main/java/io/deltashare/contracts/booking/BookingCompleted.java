package io.deltashare.contracts.booking;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** The booking is done; {@code booking.fee()} is the final fee from the actual usage, owed by the firm. */
@EventType(value = "io.deltashare.booking.BookingCompleted.v1", topic = Topics.BOOKINGS)
public record BookingCompleted(BookingSnapshot booking) implements IntegrationEvent {

    @Override
    public String subject() {
        return booking.id().toString();
    }
}
