package io.deltashare.contracts.booking;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** The booking is confirmed: the voucher (if any) holds its share and the provider (if asked) approved. */
@EventType(value = "io.deltashare.booking.BookingConfirmed.v1", topic = Topics.BOOKINGS)
public record BookingConfirmed(BookingSnapshot booking) implements IntegrationEvent {

    @Override
    public String subject() {
        return booking.id().toString();
    }
}
