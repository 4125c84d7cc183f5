package io.deltashare.booking.reservation.application;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingEvent;
import io.deltashare.booking.reservation.domain.CompletionRules;
import io.deltashare.booking.reservation.persistence.BookingRepository;
import io.deltashare.booking.reservation.persistence.Occupancy;
import io.deltashare.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Makes a booking's move stick, in the caller's transaction: stores the booking as the move left it, gives back its
 * time when it no longer needs it, and publishes what the others are told (outbox, same transaction).
 */
@ApplicationScoped
public class BookingChanges {

    private final BookingRepository bookings;
    private final Occupancy occupancy;
    private final Outbox outbox;
    private final CompletionRules completion;

    BookingChanges(BookingRepository bookings, Occupancy occupancy, Outbox outbox, BookingConfig config) {
        this.bookings = bookings;
        this.occupancy = occupancy;
        this.outbox = outbox;
        this.completion = config.completion().rules();
    }

    /** Stores and publishes {@code event}; returns the booking as the API shows it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BookingView apply(BookingEvent event) {
        bookings.save(event.booking());
        if (event instanceof BookingEvent.Rejected || event instanceof BookingEvent.Cancelled) {
            occupancy.release(event.booking().id());
        }
        PublishedEvents.of(event).ifPresent(outbox::publish);
        return view(event.booking());
    }

    /** Publishes {@code event} again as it is, without a move: a repeated question to the voucher service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void republish(BookingEvent event) {
        PublishedEvents.of(event).ifPresent(outbox::publish);
    }

    public BookingView view(Booking booking) {
        return BookingView.of(booking, completion);
    }
}
