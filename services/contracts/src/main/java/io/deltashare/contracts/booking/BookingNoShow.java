package io.deltashare.contracts.booking;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;

/** The firm did not come; {@code charge} is what it owes for the unused time. */
@EventType(value = "io.deltashare.booking.BookingNoShow.v1", topic = Topics.BOOKINGS)
public record BookingNoShow(BookingSnapshot booking, Money charge) implements IntegrationEvent {

    @Override
    public String subject() {
        return booking.id().toString();
    }
}
