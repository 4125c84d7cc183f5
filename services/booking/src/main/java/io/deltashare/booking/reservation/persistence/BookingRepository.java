package io.deltashare.booking.reservation.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Bookings by id, firm or provider, and those waiting for their voucher's answer. */
@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<BookingEntity, UUID> {

    /**
     * Bookings still waiting for the voucher service's answer that were last asked before {@code askedBefore}, oldest
     * first; another replica's lock skips a row rather than waits for it.
     */
    @SuppressWarnings("unchecked") // booking ids
    public List<UUID> awaitingVoucherAnswer(Instant askedBefore, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT id FROM booking
                        WHERE status = 'REQUESTED' AND voucher_id IS NOT NULL
                          AND coalesce(voucher_asked_at, created_at) < ?1
                        ORDER BY created_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, askedBefore.atOffset(ZoneOffset.UTC)).setParameter(2, limit).getResultList();
    }

    /** When the voucher service was last asked about {@code booking}: at booking, or when asked again. */
    public Instant voucherAskedAt(BookingEntity booking) {
        Object asked = getEntityManager().createNativeQuery("SELECT voucher_asked_at FROM booking WHERE id = ?1")
                .setParameter(1, booking.id).getSingleResult();
        if (asked == null) {
            return booking.createdAt;
        }
        // the JDBC driver's timestamptz is an Instant or an OffsetDateTime, depending on Hibernate's mapping
        return asked instanceof OffsetDateTime at ? at.toInstant() : (Instant) asked;
    }

    /**
     * Records that the voucher service was asked again. A plain update, not the entity's: asking again changes nothing
     * the booking's version describes.
     */
    public void voucherAskedAgain(UUID booking, Instant at) {
        getEntityManager().createNativeQuery("UPDATE booking SET voucher_asked_at = ?1 WHERE id = ?2")
                .setParameter(1, at.atOffset(ZoneOffset.UTC)).setParameter(2, booking).executeUpdate();
    }

    /**
     * Bookings whose usage report, made before {@code reportedBefore}, the firm neither accepted nor disputed and
     * which stays within what was booked, oldest first; another replica's lock skips a row rather than waits for it.
     */
    @SuppressWarnings("unchecked") // booking ids
    public List<UUID> undisputedReports(Instant reportedBefore, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT id FROM booking
                        WHERE status = 'DELIVERED' AND NOT firm_consent_required AND delivered_at < ?1
                        ORDER BY delivered_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, reportedBefore.atOffset(ZoneOffset.UTC)).setParameter(2, limit).getResultList();
    }
}
