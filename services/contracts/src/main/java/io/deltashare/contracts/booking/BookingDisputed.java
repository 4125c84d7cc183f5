package io.deltashare.contracts.booking;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/**
 * The firm disputes the usage the provider reported, for {@code reason}. Charge and voucher redemption wait until
 * the provider reports again and the firm accepts, or the platform admin decides.
 */
@EventType(value = "io.deltashare.booking.BookingDisputed.v1", topic = Topics.BOOKINGS)
public record BookingDisputed(BookingSnapshot booking, String reason) implements IntegrationEvent {

    @Override
    public String subject() {
        return booking.id().toString();
    }
}
