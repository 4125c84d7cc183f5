package io.deltashare.booking.order.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An order row; its milestones are JSON ({@code Milestone}); {@code version} is the lock behind the ETag. */
@Entity
@Table(name = "service_order")
public class ServiceOrderEntity {

    @Id
    public UUID id;

    @Column(name = "quote_request_id", nullable = false)
    public UUID quoteRequestId;

    @Column(name = "quote_id", nullable = false)
    public UUID quoteId;

    @Column(name = "firm_organization_id", nullable = false)
    public UUID firmOrganizationId;

    @Column(name = "firm_region", nullable = false)
    public String firmRegion;

    @Column(name = "service_offer_id", nullable = false)
    public UUID serviceOfferId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "provider_organization_id", nullable = false)
    public UUID providerOrganizationId;

    @Column(name = "provider_region", nullable = false)
    public String providerRegion;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String category;

    @Column(name = "service_name_zh", nullable = false)
    public String serviceNameZh;

    @Column(name = "service_name_en", nullable = false)
    public String serviceNameEn;

    /** Placed by a partner in sandbox mode: see {@code OrderParties.sandbox}. */
    @Column(nullable = false)
    public boolean sandbox;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String deliverables;

    @Column(name = "price_fen", nullable = false)
    public long priceFen;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String milestones;

    @Column(name = "cancellation_fee_percent", nullable = false)
    public int cancellationFeePercent;

    @Column(name = "cancellation_terms")
    public String cancellationTerms;

    @Column(name = "voucher_id")
    public UUID voucherId;

    @Column(name = "voucher_held_fen", nullable = false)
    public long voucherHeldFen;

    @Column(name = "voucher_asked_at")
    public Instant voucherAskedAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Version
    public long version;
}
