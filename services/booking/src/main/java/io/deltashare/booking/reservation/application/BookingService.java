package io.deltashare.booking.reservation.application;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingEvent;
import io.deltashare.booking.reservation.domain.Charges;
import io.deltashare.booking.reservation.domain.CompletionRules;
import io.deltashare.booking.reservation.domain.Usage;
import io.deltashare.booking.reservation.persistence.BookingRepository;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * What firms, providers and the platform admin do with a booking once it is made: each use case loads the booking
 * (locked), checks who is asking, lets the {@link Booking} decide, and stores and publishes what happened through
 * {@link BookingChanges}. Making a booking is {@link NewBookings}.
 */
@ApplicationScoped
public class BookingService {

    private final BookingRepository bookings;
    private final BookingChanges changes;
    private final Charges charges;
    private final CompletionRules completion;
    private final Clock clock;

    BookingService(BookingRepository bookings, BookingChanges changes, BookingConfig config, Clock clock) {
        this.bookings = bookings;
        this.changes = changes;
        this.charges = new Charges(config.noShowChargePercent());
        this.completion = config.completion().rules();
        this.clock = clock;
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
        return move(
                id,
                caller,
                (b, now) -> BookingAccess.asBookingFirm(b, caller, "accept the reported usage")
                        .acceptUsage());
    }

    /** The firm disputes the reported usage within the window: nothing is charged until it is settled. */
    @Transactional
    public BookingView dispute(UUID id, String reason, Caller caller) {
        return move(
                id,
                caller,
                (b, now) -> BookingAccess.asBookingFirm(b, caller, "dispute the reported usage")
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
        return move(
                id,
                caller,
                (b, now) -> BookingAccess.asBookingFirm(b, caller, "cancel").cancel(now, charges));
    }

    @Transactional
    public BookingView get(UUID id, Caller caller) {
        return bookings.find(id)
                .filter(b -> BookingAccess.visible(b, caller))
                .map(changes::view)
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
        return bookings.list(organizations, listing, limit).stream()
                .filter(b -> BookingAccess.visible(b, caller))
                .map(changes::view)
                .toList();
    }

    /** Loads the booking locked, if the caller may see it, and applies the move it decides. */
    private BookingView move(
            UUID id, Caller caller, BiFunction<Booking, java.time.Instant, Decision<BookingEvent>> decide) {
        Booking booking = bookings.lockedForUpdate(id)
                .filter(b -> BookingAccess.visible(b, caller))
                .orElseThrow(() -> Rejected.notFound("booking " + id));
        return changes.apply(decide.apply(booking, clock.instant()).orElseThrow());
    }
}
