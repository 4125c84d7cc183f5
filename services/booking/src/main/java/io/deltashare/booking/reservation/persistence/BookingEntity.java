package io.deltashare.booking.reservation.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A booking row; what the instrument and provider were at booking time is copied in, so later edits do not move it. */
@Entity
@Table(name = "booking")
public class BookingEntity {

    @Id
    public UUID id;

    @Column(name = "instrument_id", nullable = false)
    public UUID instrumentId;

    @Column(name = "instrument_category", nullable = false)
    public String instrumentCategory;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "provider_organization_id", nullable = false)
    public UUID providerOrganizationId;

    @Column(name = "provider_region", nullable = false)
    public String providerRegion;

    @Column(name = "firm_organization_id", nullable = false)
    public UUID firmOrganizationId;

    @Column(name = "firm_region", nullable = false)
    public String firmRegion;

    @Column(name = "booked_by", nullable = false)
    public String bookedBy;

    /** Booked by a partner in sandbox mode: see {@code Parties.sandbox}. */
    @Column(nullable = false)
    public boolean sandbox;

    @Column(nullable = false)
    public String mode;

    @Column(name = "start_at")
    public Instant start;

    @Column(name = "end_at")
    public Instant end;

    public Integer samples;

    @Column(nullable = false)
    public String tier;

    @Column(name = "fee_unit", nullable = false)
    public String feeUnit;

    @Column(name = "fee_quantity", nullable = false)
    public BigDecimal feeQuantity;

    @Column(name = "unit_price_fen", nullable = false)
    public long unitPriceFen;

    @Column(name = "fee_fen", nullable = false)
    public long feeFen;

    @Column(name = "voucher_id")
    public UUID voucherId;

    @Column(name = "voucher_held_fen")
    public Long voucherHeldFen;

    @Column(name = "charge_fen")
    public Long chargeFen;

    @Column(nullable = false)
    public String status;

    public String reason;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    /** When the provider last reported the usage (DELIVERED), null before. */
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** The reported usage goes beyond what was booked: only the firm's acceptance makes it final. */
    @Column(name = "firm_consent_required")
    public Boolean firmConsentRequired;
    /** Why the firm disputed the reported usage, while it does (DISPUTED) and after. */
    @Column(name = "dispute_reason")
    public String disputeReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
