package io.deltashare.notification.reminder.persistence;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import io.deltashare.platform.persistence.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The service's own copies of bookings and vouchers (tables {@code booking_copy}, {@code voucher_copy}), kept from
 * their events through the inbox: what the reminders and expiry warnings are scheduled from.
 */
@ApplicationScoped
public class Copies {

    /** A confirmed booking that starts soon and was not reminded of for this start. */
    public record BookingToRemind(
            UUID id, UUID firm, UUID instrument, String category, UUID provider, Instant start, Instant end) {}

    /** An active voucher, with the fewest days before expiry its firm was warned of (null: none yet). */
    public record VoucherToWarn(
            UUID id, String code, UUID firm, String region, long faceValueFen, Instant expiresAt, Integer warnedDays) {}

    private final EntityManager entityManager;

    Copies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps {@code booking} as of its newest version; an older event changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void booking(BookingSnapshot booking) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO booking_copy (id, firm_organization, instrument_id, instrument_category,
                            provider_organization, start_at, end_at, status, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (id) DO UPDATE SET start_at = excluded.start_at, end_at = excluded.end_at,
                            status = excluded.status, version = excluded.version
                        WHERE booking_copy.version < excluded.version""")
                .setParameter(1, booking.id())
                .setParameter(2, booking.firmOrganizationId())
                .setParameter(3, booking.instrumentId())
                .setParameter(4, booking.instrumentCategory())
                .setParameter(5, booking.providerOrganizationId())
                .setParameter(6, booking.start() == null ? null : SqlTimes.utc(booking.start()))
                .setParameter(7, booking.end() == null ? null : SqlTimes.utc(booking.end()))
                .setParameter(8, booking.status())
                .setParameter(9, booking.version())
                .executeUpdate();
    }

    /**
     * Records what a voucher paid of booking {@code id}, whose copy its earlier events (requested, confirmed) made;
     * the completion e-mail waits for it a while ({@code notification.reminders.voucher-share-wait}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voucherShare(UUID id, long fen) {
        entityManager
                .createNativeQuery("UPDATE booking_copy SET voucher_share_fen = ?1 WHERE id = ?2")
                .setParameter(1, fen)
                .setParameter(2, id)
                .executeUpdate();
    }

    /** What a voucher paid of booking {@code id}, if its redemption arrived. */
    @SuppressWarnings("unchecked")
    public java.util.Optional<Long> voucherShare(UUID id) {
        List<Number> rows = entityManager
                .createNativeQuery(
                        "SELECT voucher_share_fen FROM booking_copy WHERE id = ?1 AND voucher_share_fen IS NOT NULL")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(Number::longValue);
    }

    /** Keeps {@code voucher} as issued, or marks it expired. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voucher(VoucherSnapshot voucher) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO voucher_copy (id, code, firm_organization, issuing_region, face_value_fen,
                            expires_at, status)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (id) DO UPDATE SET status = excluded.status, expires_at = excluded.expires_at""")
                .setParameter(1, voucher.id())
                .setParameter(2, voucher.code())
                .setParameter(3, voucher.firmOrganizationId())
                .setParameter(4, voucher.issuingRegion().code())
                .setParameter(5, voucher.faceValue().fen())
                .setParameter(6, SqlTimes.utc(voucher.expiresAt()))
                .setParameter(7, voucher.status())
                .executeUpdate();
    }

    /** The voucher expired: nothing more to warn of. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expired(UUID voucher) {
        entityManager
                .createNativeQuery("UPDATE voucher_copy SET status = 'EXPIRED' WHERE id = ?1")
                .setParameter(1, voucher)
                .executeUpdate();
    }

    /**
     * Confirmed bookings starting between {@code now} and {@code until} not yet reminded of for that start, locked
     * for this transaction (another replica's job skips them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<BookingToRemind> bookingsToRemind(Instant now, Instant until, int limit) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT id, firm_organization, instrument_id, instrument_category, provider_organization,
                            start_at, end_at
                        FROM booking_copy
                        WHERE status = 'CONFIRMED' AND start_at > ?1 AND start_at <= ?2
                            AND reminded_for IS DISTINCT FROM start_at
                        ORDER BY start_at LIMIT ?3 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, SqlTimes.utc(now))
                .setParameter(2, SqlTimes.utc(until))
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new BookingToRemind(
                        (UUID) r[0],
                        (UUID) r[1],
                        (UUID) r[2],
                        (String) r[3],
                        (UUID) r[4],
                        SqlTimes.instant(r[5]),
                        SqlTimes.instant(r[6])))
                .toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reminded(UUID booking, Instant start) {
        entityManager
                .createNativeQuery("UPDATE booking_copy SET reminded_for = ?1 WHERE id = ?2")
                .setParameter(1, SqlTimes.utc(start))
                .setParameter(2, booking)
                .executeUpdate();
    }

    /** Active vouchers expiring between {@code now} and {@code until}, locked for this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<VoucherToWarn> vouchersExpiringBy(Instant now, Instant until, int limit) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT id, code, firm_organization, issuing_region, face_value_fen, expires_at, warned_days
                        FROM voucher_copy
                        WHERE status = 'ACTIVE' AND expires_at > ?1 AND expires_at <= ?2
                        ORDER BY expires_at LIMIT ?3 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, SqlTimes.utc(now))
                .setParameter(2, SqlTimes.utc(until))
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new VoucherToWarn(
                        (UUID) r[0],
                        (String) r[1],
                        (UUID) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        SqlTimes.instant(r[5]),
                        r[6] == null ? null : ((Number) r[6]).intValue()))
                .toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void warned(UUID voucher, int days) {
        entityManager
                .createNativeQuery("UPDATE voucher_copy SET warned_days = ?1 WHERE id = ?2")
                .setParameter(1, days)
                .setParameter(2, voucher)
                .executeUpdate();
    }
}
