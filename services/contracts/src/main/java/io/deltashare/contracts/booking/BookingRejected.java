package io.deltashare.contracts.booking;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** The booking will not happen: the provider or the voucher said no, for {@code reason}. */
@EventType(value = "io.deltashare.booking.BookingRejected.v1", topic = Topics.BOOKINGS)
public record BookingRejected(BookingSnapshot booking, String reason) implements IntegrationEvent {

    @Override
    public String subject() {
        return booking.id().toString();
    }
}
