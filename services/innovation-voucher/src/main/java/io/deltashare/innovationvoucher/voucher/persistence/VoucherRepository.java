package io.deltashare.innovationvoucher.voucher.persistence;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.innovationvoucher.program.persistence.ProgramRows;
import io.deltashare.innovationvoucher.voucher.domain.Voucher;
import io.deltashare.innovationvoucher.voucher.domain.VoucherStatus;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Vouchers, loaded and saved as {@link Voucher}s, and each voucher's history of amounts. */
@ApplicationScoped
public class VoucherRepository implements PanacheRepositoryBase<VoucherEntity, UUID> {

    public Optional<Voucher> find(UUID id) {
        return findByIdOptional(id).map(VoucherRepository::toVoucher);
    }

    /** The voucher, its row locked until the transaction ends (always before its program's). */
    public Optional<Voucher> lockedForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(VoucherRepository::toVoucher);
    }

    /** Stores a newly issued voucher. */
    public void add(Voucher voucher) {
        VoucherEntity row = new VoucherEntity();
        row.id = voucher.id();
        row.code = voucher.code();
        row.programId = voucher.programId();
        row.applicationId = voucher.applicationId();
        row.region = voucher.region().code();
        row.firmOrganizationId = voucher.firmOrganizationId();
        row.faceValueFen = voucher.faceValueFen();
        row.coverageRatio = voucher.coverageRatio();
        row.eligibleCategories = ProgramRows.joined(voucher.eligibleCategories());
        row.acceptedRegions = ProgramRows.joined(
                voucher.acceptedRegions().stream().map(Region::code).toList());
        row.serviceKinds = ProgramRows.joined(
                voucher.serviceKinds().stream().map(Enum::name).toList());
        row.designatedProviders = ProgramRows.joined(
                voucher.designatedProviders().stream().map(UUID::toString).toList());
        row.validFrom = voucher.validFrom();
        row.expiresAt = voucher.expiresAt();
        row.issuedAt = voucher.issuedAt();
        update(row, voucher);
        persist(row);
    }

    /** Stores the amounts and status of a voucher loaded in this transaction. */
    public void save(Voucher voucher) {
        update(findById(voucher.id()), voucher);
    }

    /** Adds a line to the voucher's history: {@code kind} of {@code fen}, for a booking or none. */
    public void record(UUID voucher, String kind, long fen, UUID bookingId, Instant at) {
        getEntityManager().persist(VoucherEntryEntity.of(voucher, kind, fen, bookingId, at));
    }

    /** Adds a line to the voucher's history: {@code kind} of {@code fen}, for an order. */
    public void recordForOrder(UUID voucher, String kind, long fen, UUID orderId, Instant at) {
        VoucherEntryEntity entry = VoucherEntryEntity.of(voucher, kind, fen, null, at);
        entry.orderId = orderId;
        getEntityManager().persist(entry);
    }

    /** The voucher's history, oldest first. */
    public List<VoucherEntryEntity> history(UUID voucher) {
        return getEntityManager()
                .createQuery("from VoucherEntryEntity where voucherId = :id order by id", VoucherEntryEntity.class)
                .setParameter("id", voucher)
                .getResultList();
    }

    /** Vouchers matching {@code visible} and {@code status} (when given), newest first, after {@code after}. */
    public List<Voucher> list(Where visible, VoucherStatus status, Cursor after, int limit) {
        return visible
                .and("status = :status", "status", status == null ? null : status.name())
                .newestFirst(this, "issuedAt", after, limit)
                .stream()
                .map(VoucherRepository::toVoucher)
                .toList();
    }

    /** Vouchers whose validity has ended by {@code now}, oldest first. */
    public List<UUID> dueForExpiry(Instant now, int limit) {
        return getEntityManager()
                .createQuery(
                        "select v.id from VoucherEntity v"
                                + " where v.status = 'ACTIVE' and v.expiresAt <= :now order by v.expiresAt",
                        UUID.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    private static void update(VoucherEntity row, Voucher voucher) {
        row.heldFen = voucher.heldFen();
        row.redeemedFen = voucher.redeemedFen();
        row.returnedFen = voucher.returnedFen();
        row.status = voucher.status().name();
    }

    private static Voucher toVoucher(VoucherEntity row) {
        return new Voucher(
                row.id,
                row.code,
                row.programId,
                row.applicationId,
                Region.ofCode(row.region),
                row.firmOrganizationId,
                row.faceValueFen,
                row.heldFen,
                row.redeemedFen,
                row.returnedFen,
                row.coverageRatio,
                ProgramRows.codes(row.eligibleCategories),
                ProgramRows.regions(row.acceptedRegions),
                ProgramRows.kinds(row.serviceKinds),
                ProgramRows.ids(row.designatedProviders),
                row.validFrom,
                row.expiresAt,
                VoucherStatus.valueOf(row.status),
                row.issuedAt);
    }
}
