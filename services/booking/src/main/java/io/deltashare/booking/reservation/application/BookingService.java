package io.deltashare.booking.reservation.application;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.booking.reservation.domain.BookableInstrument;
import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingEvent;
import io.deltashare.booking.reservation.domain.Charges;
import io.deltashare.booking.reservation.domain.CompletionRules;
import io.deltashare.booking.reservation.domain.HoardingRules;
import io.deltashare.booking.reservation.domain.Parties;
import io.deltashare.booking.reservation.domain.Usage;
import io.deltashare.booking.reservation.persistence.BookingRepository;
import io.deltashare.booking.reservation.persistence.BookingWriter;
import io.deltashare.booking.reservation.persistence.Occupancy;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The booking use cases of firms, providers and the platform admin: each loads the booking (locked), checks who is
 * asking, lets the {@link Booking} decide, and stores and publishes what happened through {@link BookingChanges}.
 */
@ApplicationScoped
public class BookingService {

    private static final String VOUCHER_RULE = "the voucher pays the coverage ratio of its program times the fee, "
            + "rounded down to the fen and at most its remaining balance; the voucher service holds that amount when "
            + "the booking is made";

    private final BookingRepository bookings;
    private final InstrumentViews instruments;
    private final Occupancy occupancy;
    private final Outbox outbox;
    private final BookingWriter writer;
    private final BookingChanges changes;
    private final Charges charges;
    private final HoardingRules hoarding;
    private final CompletionRules completion;
    private final Clock clock;

    BookingService(BookingRepository bookings, InstrumentViews instruments, Occupancy occupancy, Outbox outbox,
                   BookingWriter writer, BookingChanges changes, BookingConfig config, Clock clock) {
        this.bookings = bookings;
        this.instruments = instruments;
        this.occupancy = occupancy;
        this.outbox = outbox;
        this.writer = writer;
        this.changes = changes;
        this.charges = new Charges(config.noShowChargePercent());
        this.hoarding = config.hoarding().rules();
        this.completion = config.completion().rules();
        this.clock = clock;
    }

    /** What the booking would cost the calling firm; checks the same rules as booking, claims nothing. */
    @Transactional
    public Quote quote(BookingRequest request, Caller caller) {
        BookingAccess.firmBooking(caller, request.firmOrganizationId());
        BookableInstrument instrument = bookable(request);
        var fee = instrument.price(request.asked(), clock.instant(), hoarding).orElseThrow();
        return new Quote(instrument.id(), BookableInstrument.TIER, PublishedEvents.fee(fee), request.voucherId(),
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
        Parties parties = new Parties(instrument.id(), instrument.category(), instrument.providerId(),
                instrument.providerOrganizationId(), instrument.providerRegion(), firm.id(),
                Region.ofCode(firm.region().orElseThrow()), caller.subject());
        List<BookingEvent> events = Booking.request(UUID.randomUUID(), instrument, request.asked(), parties,
                clock.instant(), hoarding).orElseThrow();
        Booking booking = events.get(events.size() - 1).booking();
        BookingWriter.Outcome outcome = writer.write(booking, events.stream().flatMap(e -> PublishedEvents.of(e)
                .stream()).map(outbox::prepare).toList());
        if (outcome instanceof BookingWriter.Outcome.LimitReached limit) {
            throw Rejected.conflict("booking-limit", limit.reason());
        }
        if (outcome instanceof BookingWriter.Outcome.SlotTaken) {
            throw Rejected.conflict("slot-taken", occupancy.overlapping(booking.parties().instrumentId(),
                    booking.start(), booking.end()).stream().findFirst().map(taken -> "the instrument is taken from "
                    + taken.start() + " to " + taken.end() + (taken.kind().equals("MAINTENANCE") ? " for maintenance"
                    : " by another booking") + "; choose a window outside it")
                    .orElse("the instrument is taken in that window; choose another"));
        }
        return changes.view(booking);
    }

    @Transactional
    public BookingView approve(UUID id, Caller caller) {
        return move(id, caller, (b, now) -> BookingAccess.asProvider(b, caller).approve());
    }

    @Transactional
    public BookingView decline(UUID id, String reason, Caller caller) {
        return move(id, caller, (b, now) -> BookingAccess.asProvider(b, caller).decline(reason));
    }

    @Transactional
    public BookingView start(UUID id, Caller caller) {
        return move(id, caller, (b, now) -> BookingAccess.asProvider(b, caller).start(now, completion));
    }

    /** The provider reports the actual usage (again, after a dispute); see {@link Booking#reportUsage}. */
    @Transactional
    public BookingView reportUsage(UUID id, Usage usage, Caller caller) {
        return move(id, caller, (b, now) -> BookingAccess.asProvider(b, caller).reportUsage(usage, now, completion));
    }

    /** The firm accepts the reported usage: the fee is final, charged, and a voucher's share redeemed. */
    @Transactional
    public BookingView acceptUsage(UUID id, Caller caller) {
        return move(id, caller, (b, now) -> BookingAccess.asBookingFirm(b, caller, "accept the reported usage")
                .acceptUsage());
    }

    /** The firm disputes the reported usage within the window: nothing is charged until it is settled. */
    @Transactional
    public BookingView dispute(UUID id, String reason, Caller caller) {
        return move(id, caller, (b, now) -> BookingAccess.asBookingFirm(b, caller, "dispute the reported usage")
                .dispute(reason, now, completion));
    }

    /** The platform admin settles a dispute with the usage that is to be charged. */
    @Transactional
    public BookingView settleDispute(UUID id, Usage usage, Caller caller) {
        Booking booking = bookings.lockedForUpdate(id).orElseThrow(() -> Rejected.notFound("booking " + id));
        if (!caller.isAdmin()) {
            throw Rejected.forbidden("only the platform admin settles a dispute");
        }
        return changes.apply(booking.settleDispute(usage).orElseThrow());
    }

    @Transactional
    public BookingView noShow(UUID id, Caller caller) {
        return move(id, caller, (b, now) -> BookingAccess.asProvider(b, caller).noShow(now, charges));
    }

    @Transactional
    public BookingView cancel(UUID id, Caller caller) {
        return move(id, caller, (b, now) -> BookingAccess.asBookingFirm(b, caller, "cancel").cancel(now, charges));
    }

    @Transactional
    public BookingView get(UUID id, Caller caller) {
        return bookings.find(id).filter(b -> BookingAccess.visible(b, caller)).map(changes::view)
                .orElseThrow(() -> Rejected.notFound("booking " + id));
    }

    /**
     * The bookings the caller may see, newest first: a firm's and a partner's for their firms, provider staff's for
     * their organization, the platform admin's all of them (for reconciliation and support).
     */
    @Transactional
    public List<BookingView> list(Caller caller, BookingRepository.Listing listing, int limit) {
        Set<UUID> organizations = BookingAccess.listedOrganizations(caller);
        if (organizations != null && organizations.isEmpty()) {
            return List.of();
        }
        return bookings.list(organizations, listing, limit).stream().filter(b -> BookingAccess.visible(b, caller))
                .map(changes::view).toList();
    }

    /** Loads the booking locked, if the caller may see it, and applies the move it decides. */
    private BookingView move(UUID id, Caller caller, BiFunction<Booking, java.time.Instant, Decision<BookingEvent>> decide) {
        Booking booking = bookings.lockedForUpdate(id).filter(b -> BookingAccess.visible(b, caller))
                .orElseThrow(() -> Rejected.notFound("booking " + id));
        return changes.apply(decide.apply(booking, clock.instant()).orElseThrow());
    }

    /** The instrument named in the request, as booking knows it; a 400 naming the field when there is none. */
    private BookableInstrument bookable(BookingRequest request) {
        return instruments.bookable(request.instrumentId())
                .orElseThrow(() -> Rejected.invalid("instrumentId", "no instrument " + request.instrumentId()));
    }
}
