package io.deltashare.innovationvoucher.voucher.persistence;

import static io.deltashare.platform.persistence.SqlTimes.instant;

import io.deltashare.innovationvoucher.voucher.domain.Hold;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Holds by booking id, the bookings that ended without one, and the holds listed for reconciliation. */
@ApplicationScoped
public class HoldRepository implements PanacheRepositoryBase<HoldEntity, UUID> {

    /** A hold with what its voucher says about who pays: the issuing region and the firm. */
    public record HoldRow(
            UUID bookingId,
            UUID voucherId,
            String issuingRegion,
            UUID firmOrganizationId,
            UUID providerOrganizationId,
            String providerRegion,
            String status,
            long heldFen,
            long redeemedFen,
            long releasedFen,
            long bookingFeeFen,
            Instant heldAt,
            Instant settledAt) {}

    /** The hold of {@code booking} while it holds (locked until the transaction ends); empty once settled or never made. */
    public Optional<Hold> heldFor(UUID booking) {
        return Optional.ofNullable(findById(booking, LockModeType.PESSIMISTIC_WRITE))
                .filter(hold -> hold.status.equals("HELD"))
                .map(hold -> new Hold(hold.bookingId, hold.voucherId, hold.heldFen));
    }

    /** Whether a hold was ever made for {@code booking}, whatever became of it. */
    public boolean exists(UUID booking) {
        return findByIdOptional(booking).isPresent();
    }

    /** Records a new hold of {@code hold.heldFen()} for a booking of {@code fee} at a provider, for a category. */
    public void add(
            Hold hold, UUID providerOrganizationId, String providerRegion, String category, long feeFen, Instant at) {
        HoldEntity row = new HoldEntity();
        row.bookingId = hold.bookingId();
        row.voucherId = hold.voucherId();
        row.heldFen = hold.heldFen();
        row.status = "HELD";
        row.providerOrganizationId = providerOrganizationId;
        row.providerRegion = providerRegion;
        row.instrumentCategory = category;
        row.bookingFeeFen = feeFen;
        row.heldAt = at;
        persist(row);
    }

    /** The booking ended without completing: all of the hold was released. */
    public void released(Hold hold, Instant at) {
        HoldEntity row = findById(hold.bookingId());
        row.status = "RELEASED";
        row.releasedFen = hold.heldFen();
        row.settledAt = at;
    }

    /** The booking completed with {@code feeFen}: {@code redeemedFen} of the hold was paid, the rest released. */
    public void redeemed(Hold hold, long redeemedFen, long feeFen, Instant at) {
        HoldEntity row = findById(hold.bookingId());
        row.status = "REDEEMED";
        row.redeemedFen = redeemedFen;
        row.releasedFen = hold.heldFen() - redeemedFen;
        row.bookingFeeFen = feeFen;
        row.settledAt = at;
    }

    /** Remembers that a booking ended before its voucher held anything for it. */
    public void bookingEndedWithoutHold(UUID bookingId, Instant at) {
        getEntityManager()
                .createNativeQuery(
                        "INSERT INTO ended_booking (booking_id, ended_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, bookingId)
                .setParameter(2, at.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    public boolean hasEnded(UUID bookingId) {
        return !getEntityManager()
                .createNativeQuery("SELECT 1 FROM ended_booking WHERE booking_id = ?1")
                .setParameter(1, bookingId)
                .getResultList()
                .isEmpty();
    }

    /**
     * Holds newest first: made at or after {@code heldFrom} and before {@code heldBefore}, or for {@code bookings}
     * when given; after the keyset ({@code afterAt}, {@code afterBooking}) when given.
     */
    @SuppressWarnings("unchecked") // native rows
    public List<HoldRow> page(
            Instant heldFrom, Instant heldBefore, Set<UUID> bookings, Instant afterAt, UUID afterBooking, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT h.booking_id, h.voucher_id, v.region, v.firm_organization_id, h.provider_organization_id,
                       h.provider_region, h.status, h.held_fen, h.redeemed_fen, h.released_fen, h.booking_fee_fen,
                       h.held_at, h.settled_at
                FROM hold h JOIN voucher v ON v.id = h.voucher_id WHERE 1 = 1""");
        List<Object> parameters = new ArrayList<>();
        if (heldFrom != null) {
            parameters.add(heldFrom.atOffset(ZoneOffset.UTC));
            sql.append(" AND h.held_at >= ?").append(parameters.size());
        }
        if (heldBefore != null) {
            parameters.add(heldBefore.atOffset(ZoneOffset.UTC));
            sql.append(" AND h.held_at < ?").append(parameters.size());
        }
        if (bookings != null && !bookings.isEmpty()) {
            parameters.add(List.copyOf(bookings));
            sql.append(" AND h.booking_id IN (?").append(parameters.size()).append(")");
        }
        if (afterAt != null) {
            parameters.add(afterAt.atOffset(ZoneOffset.UTC));
            parameters.add(afterBooking);
            sql.append(" AND (h.held_at, h.booking_id) < (?")
                    .append(parameters.size() - 1)
                    .append(", ?")
                    .append(parameters.size())
                    .append(")");
        }
        parameters.add(limit);
        sql.append(" ORDER BY h.held_at DESC, h.booking_id DESC LIMIT ?").append(parameters.size());
        var query = getEntityManager().createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new HoldRow(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (UUID) r[3],
                        (UUID) r[4],
                        (String) r[5],
                        (String) r[6],
                        ((Number) r[7]).longValue(),
                        ((Number) r[8]).longValue(),
                        ((Number) r[9]).longValue(),
                        ((Number) r[10]).longValue(),
                        instant(r[11]),
                        instant(r[12])))
                .toList();
    }
}
