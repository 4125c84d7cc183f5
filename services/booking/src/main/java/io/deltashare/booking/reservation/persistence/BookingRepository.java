package io.deltashare.booking.reservation.persistence;

import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingStatus;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Bookings: loaded and saved as {@link Booking}s, listed, and found by the jobs that wait on them. */
@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<BookingEntity, UUID> {

    /** Which bookings a list shows: all filters optional; {@code after} is the last booking of the previous page. */
    public record Listing(
            BookingStatus status, Instant createdFrom, Instant createdBefore, Set<UUID> ids, Cursor after) {}

    public Optional<Booking> find(UUID id) {
        return findByIdOptional(id).map(BookingRows::toBooking);
    }

    /** The booking, its row locked until the transaction ends: moves on one booking happen one after the other. */
    public Optional<Booking> lockedForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE)).map(BookingRows::toBooking);
    }

    /**
     * Stores a move of a booking loaded in this transaction, flushed at once; the row's version goes one on, which
     * must be the version the move gave the booking (else the booking was not the one stored).
     */
    public void save(Booking booking) {
        BookingEntity row = findById(booking.id());
        BookingRows.update(row, booking);
        flush();
        if (row.version != booking.version()) {
            throw new IllegalStateException("booking " + booking.id() + " was stored at version " + row.version
                    + ", its move expected " + booking.version());
        }
    }

    /**
     * Bookings of {@code organizations} (as firm or provider; every booking when null), newest first, after the
     * listing's cursor.
     */
    public List<Booking> list(Collection<UUID> organizations, Listing listing, int limit) {
        return Where.all()
                .and("firmOrganizationId in :mine or providerOrganizationId in :mine", "mine", organizations)
                .and(
                        "status = :status",
                        "status",
                        listing.status() == null ? null : listing.status().name())
                .and("createdAt >= :from", "from", listing.createdFrom())
                .and("createdAt < :before", "before", listing.createdBefore())
                .and("id in :ids", "ids", listing.ids())
                .newestFirst(this, "createdAt", listing.after(), limit)
                .stream()
                .map(BookingRows::toBooking)
                .toList();
    }

    /** Slot bookings of an instrument in {@code statuses} that end after {@code since}, for its calendar. */
    public List<Booking> slotsOfInstrument(UUID instrument, Instant since, Collection<BookingStatus> statuses) {
        return list(
                        "instrumentId = ?1 and mode = 'SLOT' and end > ?2 and status in ?3",
                        instrument,
                        since,
                        names(statuses))
                .stream()
                .map(BookingRows::toBooking)
                .toList();
    }

    /** A firm's slot bookings in {@code statuses} that end after {@code since}, soonest first, for its calendar. */
    public List<Booking> slotsOfFirm(UUID firm, Instant since, Collection<BookingStatus> statuses) {
        return list(
                        "firmOrganizationId = ?1 and mode = 'SLOT' and end > ?2 and status in ?3 order by start",
                        firm,
                        since,
                        names(statuses))
                .stream()
                .map(BookingRows::toBooking)
                .toList();
    }

    /**
     * Bookings still waiting for the voucher service's answer that were last asked before {@code askedBefore}, oldest
     * first; another replica's lock skips a row rather than waits for it.
     */
    @SuppressWarnings("unchecked") // booking ids
    public List<UUID> awaitingVoucherAnswer(Instant askedBefore, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT id FROM booking
                        WHERE status = 'REQUESTED' AND voucher_id IS NOT NULL
                          AND coalesce(voucher_asked_at, created_at) < ?1
                        ORDER BY created_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, askedBefore.atOffset(ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
    }

    /** When the voucher service was last asked about {@code booking}: at booking, or when asked again. */
    public Instant voucherAskedAt(Booking booking) {
        Object asked = getEntityManager()
                .createNativeQuery("SELECT voucher_asked_at FROM booking WHERE id = ?1")
                .setParameter(1, booking.id())
                .getSingleResult();
        if (asked == null) {
            return booking.createdAt();
        }
        // the JDBC driver's timestamptz is an Instant or an OffsetDateTime, depending on Hibernate's mapping
        return asked instanceof OffsetDateTime at ? at.toInstant() : (Instant) asked;
    }

    /**
     * Records that the voucher service was asked again. A plain update, not the entity's: asking again changes nothing
     * the booking's version describes.
     */
    public void voucherAskedAgain(UUID booking, Instant at) {
        getEntityManager()
                .createNativeQuery("UPDATE booking SET voucher_asked_at = ?1 WHERE id = ?2")
                .setParameter(1, at.atOffset(ZoneOffset.UTC))
                .setParameter(2, booking)
                .executeUpdate();
    }

    /**
     * Bookings whose usage report, made before {@code reportedBefore}, the firm neither accepted nor disputed and
     * which stays within what was booked, oldest first; another replica's lock skips a row rather than waits for it.
     */
    @SuppressWarnings("unchecked") // booking ids
    public List<UUID> undisputedReports(Instant reportedBefore, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT id FROM booking
                        WHERE status = 'DELIVERED' AND NOT firm_consent_required AND delivered_at < ?1
                        ORDER BY delivered_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, reportedBefore.atOffset(ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
    }

    private static List<String> names(Collection<BookingStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
