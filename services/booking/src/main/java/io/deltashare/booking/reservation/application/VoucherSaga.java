package io.deltashare.booking.reservation.application;

import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingEvent;
import io.deltashare.booking.reservation.persistence.BookingRepository;
import io.deltashare.contracts.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The booking's side of the voucher saga: the voucher's hold lets a booking go on, its refusal rejects it, and a
 * booking whose voucher stays silent asks again and at last gives up. An answer that comes late (the booking moved on)
 * changes nothing.
 */
@ApplicationScoped
public class VoucherSaga {

    /** What became of a booking that waited too long for its voucher's answer. */
    public enum Chase {
        ASKED_AGAIN,
        GAVE_UP,
        ANSWERED_MEANWHILE
    }

    private final BookingRepository bookings;
    private final InstrumentViews instruments;
    private final BookingChanges changes;

    VoucherSaga(BookingRepository bookings, InstrumentViews instruments, BookingChanges changes) {
        this.bookings = bookings;
        this.instruments = instruments;
        this.changes = changes;
    }

    /** The voucher holds its share: the booking goes on to approval or confirmation. */
    @Transactional
    public void voucherReserved(UUID bookingId, Money held) {
        bookings.lockedForUpdate(bookingId)
                .ifPresent(booking -> booking.voucherHeld(
                                held.fen(),
                                instruments.findById(booking.parties().instrumentId()).approvalRequired)
                        .accepted()
                        .ifPresent(changes::apply));
    }

    /** The voucher will not pay: the booking is rejected with the voucher's reason and its time is free again. */
    @Transactional
    public void voucherRejected(UUID bookingId, String reason) {
        bookings.lockedForUpdate(bookingId)
                .ifPresent(booking -> booking.voucherRefused(reason).accepted().ifPresent(changes::apply));
    }

    /** Bookings waiting for the voucher's answer, last asked before {@code askedBefore}. */
    @Transactional
    public List<UUID> awaitingVoucherAnswer(Instant askedBefore, int limit) {
        return bookings.awaitingVoucherAnswer(askedBefore, limit);
    }

    /**
     * The voucher service has not answered: a booking made before {@code madeBefore} is rejected and its time freed;
     * otherwise, if it was last asked before {@code askedBefore}, {@code BookingRequested} is published again (a new
     * CloudEvents id, the same booking version).
     */
    @Transactional
    public Chase chase(UUID id, Instant askedBefore, Instant madeBefore, Instant now, Duration giveUpAfter) {
        Booking booking =
                bookings.lockedForUpdate(id).filter(Booking::awaitsVoucher).orElse(null);
        if (booking == null) {
            return Chase.ANSWERED_MEANWHILE;
        }
        if (booking.createdAt().isBefore(madeBefore)) {
            changes.apply(booking.voucherSilent(giveUpAfter).orElseThrow());
            return Chase.GAVE_UP;
        }
        if (!bookings.voucherAskedAt(booking).isBefore(askedBefore)) {
            return Chase.ANSWERED_MEANWHILE;
        }
        bookings.voucherAskedAgain(booking.id(), now);
        changes.republish(new BookingEvent.Requested(booking));
        return Chase.ASKED_AGAIN;
    }
}
