package io.deltashare.innovationvoucher.voucher.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The share a voucher holds for one booking, until the booking completes (redeemed) or ends otherwise (released). */
@Entity
@Table(name = "hold")
public class HoldEntity {

    @Id
    @Column(name = "booking_id")
    public UUID bookingId;

    @Column(name = "voucher_id", nullable = false)
    public UUID voucherId;

    @Column(name = "held_fen", nullable = false)
    public long heldFen;

    @Column(name = "redeemed_fen", nullable = false)
    public long redeemedFen;

    @Column(name = "released_fen", nullable = false)
    public long releasedFen;

    @Column(nullable = false)
    public String status;

    @Column(name = "provider_organization_id", nullable = false)
    public UUID providerOrganizationId;

    @Column(name = "provider_region", nullable = false)
    public String providerRegion;

    @Column(name = "instrument_category", nullable = false)
    public String instrumentCategory;

    @Column(name = "booking_fee_fen", nullable = false)
    public long bookingFeeFen;

    @Column(name = "held_at", nullable = false)
    public Instant heldAt;

    @Column(name = "settled_at")
    public Instant settledAt;
}
