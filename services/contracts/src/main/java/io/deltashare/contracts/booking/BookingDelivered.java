package io.deltashare.contracts.booking;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import java.time.Instant;

/**
 * The provider reported what the firm used; {@code booking.fee} is the fee that usage costs. Nothing is charged or
 * redeemed yet: the firm accepts or disputes it, and without an answer it becomes {@link BookingCompleted} at
 * {@code disputableUntil}, unless the usage goes beyond what was booked ({@code firmConsentRequired}), which only the
 * firm's acceptance completes.
 */
@EventType(value = "io.deltashare.booking.BookingDelivered.v1", topic = Topics.BOOKINGS)
public record BookingDelivered(BookingSnapshot booking, Instant disputableUntil, boolean firmConsentRequired)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return booking.id().toString();
    }
}
