package io.deltashare.settlement.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A bureau's claim batch for a month: the redemptions it is asked to pay, and where the batch stands. */
@Entity
@Table(name = "claim_batch")
public class ClaimBatchEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String region;

    /** The pilot locality whose bureau pays the batch; null for the province's bureau. */
    public String locality;

    @Column(nullable = false)
    public String month;

    @Column(nullable = false)
    public String status;

    @Column(name = "total_fen", nullable = false)
    public long totalFen;

    @Column(name = "cross_region_fen", nullable = false)
    public long crossRegionFen;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "paid_recorded_by")
    public String paidRecordedBy;

    @Column(name = "payout_transaction_id")
    public UUID payoutTransactionId;

    @Version
    public long version;
}
