package io.deltashare.settlement.claim.persistence;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.settlement.claim.domain.BatchStatus;
import io.deltashare.settlement.claim.domain.ClaimBatch;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Claim batches, loaded and saved as {@link ClaimBatch}es. */
@ApplicationScoped
public class ClaimBatchRepository implements PanacheRepositoryBase<ClaimBatchEntity, UUID> {

    public Optional<ClaimBatch> find(UUID id) {
        return findByIdOptional(id).map(ClaimBatchRepository::toBatch);
    }

    /** The batch, its row locked until the transaction ends: its steps happen one after the other. */
    public Optional<ClaimBatch> lockedForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ClaimBatchRepository::toBatch);
    }

    /** Stores a new batch, at once, so that redemptions can name it. */
    public void add(ClaimBatch batch) {
        ClaimBatchEntity row = new ClaimBatchEntity();
        row.id = batch.id();
        row.region = batch.region().code();
        row.locality = batch.locality();
        row.month = batch.month().toString();
        row.createdBy = batch.createdBy();
        row.createdAt = batch.createdAt();
        update(row, batch);
        persist(row);
        flush();
    }

    /** Stores a step of a batch loaded (or added) in this transaction. */
    public void save(ClaimBatch batch) {
        update(findById(batch.id()), batch);
    }

    /**
     * Batches of {@code region}, {@code locality} and {@code status} (each when given), newest first, after
     * {@code after}.
     */
    public List<ClaimBatch> list(Region region, String locality, BatchStatus status, Cursor after, int limit) {
        return Where.all()
                .and("region = :region", "region", region == null ? null : region.code())
                .and("locality = :locality", "locality", locality)
                .and("status = :status", "status", status == null ? null : status.name())
                .newestFirst(this, "createdAt", after, limit)
                .stream()
                .map(ClaimBatchRepository::toBatch)
                .toList();
    }

    private static void update(ClaimBatchEntity row, ClaimBatch batch) {
        row.status = batch.status().name();
        row.totalFen = batch.totalFen();
        row.crossRegionFen = batch.crossRegionFen();
        row.submittedAt = batch.submittedAt();
        row.approvedBy = batch.approvedBy();
        row.approvedAt = batch.approvedAt();
        row.paidAt = batch.paidAt();
        row.paymentReference = batch.paymentReference();
        row.paidRecordedBy = batch.paidRecordedBy();
        row.payoutTransactionId = batch.payoutTransactionId();
    }

    private static ClaimBatch toBatch(ClaimBatchEntity row) {
        return new ClaimBatch(
                row.id,
                Region.ofCode(row.region),
                row.locality,
                YearMonth.parse(row.month),
                BatchStatus.valueOf(row.status),
                row.totalFen,
                row.crossRegionFen,
                row.createdBy,
                row.createdAt,
                row.submittedAt,
                row.approvedBy,
                row.approvedAt,
                row.paidAt,
                row.paymentReference,
                row.paidRecordedBy,
                row.payoutTransactionId,
                row.version);
    }
}
