package io.deltashare.contracts.booking;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;

/** The firm cancelled; {@code charge} is what it still owes (zero until 24 h before start, then half the fee). */
@EventType(value = "io.deltashare.booking.BookingCancelled.v1", topic = Topics.BOOKINGS)
public record BookingCancelled(BookingSnapshot booking, Money charge) implements IntegrationEvent {

    @Override
    public String subject() {
        return booking.id().toString();
    }
}
