package io.deltashare.booking.instrument.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An instrument as booking knows it from the catalog's latest snapshot; written only by the catalog consumer. */
@Entity
@Table(name = "instrument")
public class InstrumentView {

    @Id
    public UUID id;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "provider_organization_id", nullable = false)
    public UUID providerOrganizationId;

    @Column(name = "provider_region", nullable = false)
    public String providerRegion;

    @Column(nullable = false)
    public String category;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "booking_mode", nullable = false)
    public String bookingMode;

    @Column(name = "academic_price_fen", nullable = false)
    public long academicPriceFen;

    @Column(name = "enterprise_price_fen", nullable = false)
    public long enterprisePriceFen;

    @Column(name = "voucher_eligible", nullable = false)
    public boolean voucherEligible;

    @Column(name = "opening_hours", nullable = false)
    public String openingHours;

    @Column(name = "min_duration_minutes", nullable = false)
    public int minDurationMinutes;

    @Column(name = "max_duration_minutes", nullable = false)
    public int maxDurationMinutes;

    @Column(name = "lead_time_hours", nullable = false)
    public int leadTimeHours;

    @Column(name = "approval_required", nullable = false)
    public boolean approvalRequired;

    @Column(nullable = false)
    public String status;

    @Column(name = "catalog_version", nullable = false)
    public long catalogVersion;
}
