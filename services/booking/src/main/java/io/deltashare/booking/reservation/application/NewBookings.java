package io.deltashare.booking.reservation.application;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.booking.reservation.domain.BookableInstrument;
import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingEvent;
import io.deltashare.booking.reservation.domain.HoardingRules;
import io.deltashare.booking.reservation.domain.Parties;
import io.deltashare.booking.reservation.persistence.BookingWriter;
import io.deltashare.booking.reservation.persistence.Occupancy;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Making a booking: a quote, and the booking itself, for the calling firm (or a partner portal for its linked firm).
 * The instrument as booking knows it from the catalog decides whether the request fits ({@link BookableInstrument});
 * the {@link BookingWriter} claims the time.
 */
@ApplicationScoped
public class NewBookings {

    private static final String VOUCHER_RULE = "the voucher pays the coverage ratio of its program times the fee, "
            + "rounded down to the fen and at most its remaining balance; the voucher service holds that amount when "
            + "the booking is made";

    private final InstrumentViews instruments;
    private final Occupancy occupancy;
    private final Outbox outbox;
    private final BookingWriter writer;
    private final BookingChanges changes;
    private final HoardingRules hoarding;
    private final Clock clock;

    NewBookings(
            InstrumentViews instruments,
            Occupancy occupancy,
            Outbox outbox,
            BookingWriter writer,
            BookingChanges changes,
            BookingConfig config,
            Clock clock) {
        this.instruments = instruments;
        this.occupancy = occupancy;
        this.outbox = outbox;
        this.writer = writer;
        this.changes = changes;
        this.hoarding = config.hoarding().rules();
        this.clock = clock;
    }

    /** What the booking would cost the calling firm; checks the same rules as booking, claims nothing. */
    @Transactional
    public Quote quote(BookingRequest request, Caller caller) {
        BookingAccess.firmBooking(caller, request.firmOrganizationId());
        BookableInstrument instrument = bookable(request);
        var fee = instrument.price(request.asked(), clock.instant(), hoarding).orElseThrow();
        return new Quote(
                instrument.id(),
                BookableInstrument.TIER,
                PublishedEvents.fee(fee),
                request.voucherId(),
                request.voucherId() == null ? null : VOUCHER_RULE);
    }

    /**
     * Books for the calling firm. Not one transaction of its own: the rules are checked against the instrument as
     * read now, and the {@link BookingWriter} claims the time, stores the booking and its events atomically, in a
     * group commit with concurrent bookings (or in the caller's transaction, if there is one).
     */
    public BookingView book(BookingRequest request, Caller caller) {
        Caller.Organization firm = BookingAccess.firmBooking(caller, request.firmOrganizationId());
        BookableInstrument instrument = bookable(request);
        Parties parties = new Parties(
                instrument.id(),
                instrument.category(),
                instrument.providerId(),
                instrument.providerOrganizationId(),
                instrument.providerRegion(),
                firm.id(),
                Region.ofCode(firm.region().orElseThrow()),
                caller.subject());
        List<BookingEvent> events = Booking.request(
                        UUID.randomUUID(), instrument, request.asked(), parties, clock.instant(), hoarding)
                .orElseThrow();
        Booking booking = events.get(events.size() - 1).booking();
        BookingWriter.Outcome outcome = writer.write(
                booking,
                events.stream()
                        .flatMap(e -> PublishedEvents.of(e).stream())
                        .map(outbox::prepare)
                        .toList());
        if (outcome instanceof BookingWriter.Outcome.LimitReached limit) {
            throw Rejected.conflict("booking-limit", limit.reason());
        }
        if (outcome instanceof BookingWriter.Outcome.SlotTaken) {
            throw Rejected.conflict(
                    "slot-taken",
                    occupancy.overlapping(booking.parties().instrumentId(), booking.start(), booking.end()).stream()
                            .findFirst()
                            .map(taken -> "the instrument is taken from "
                                    + taken.start() + " to " + taken.end()
                                    + (taken.kind().equals("MAINTENANCE") ? " for maintenance" : " by another booking")
                                    + "; choose a window outside it")
                            .orElse("the instrument is taken in that window; choose another"));
        }
        return changes.view(booking);
    }

    /** The instrument named in the request, as booking knows it; a 400 naming the field when there is none. */
    private BookableInstrument bookable(BookingRequest request) {
        return instruments
                .bookable(request.instrumentId())
                .orElseThrow(() -> Rejected.invalid("instrumentId", "no instrument " + request.instrumentId()));
    }
}
