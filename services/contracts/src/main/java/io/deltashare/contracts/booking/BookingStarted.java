package io.deltashare.contracts.booking;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** The provider started the booking: the firm is at the instrument or the samples are in work. */
@EventType(value = "io.deltashare.booking.BookingStarted.v1", topic = Topics.BOOKINGS)
public record BookingStarted(BookingSnapshot booking) implements IntegrationEvent {

    @Override
    public String subject() {
        return booking.id().toString();
    }
}
