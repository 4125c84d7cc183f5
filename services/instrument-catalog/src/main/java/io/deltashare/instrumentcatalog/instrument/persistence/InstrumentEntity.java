package io.deltashare.instrumentcatalog.instrument.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An instrument row; {@code version} is the optimistic lock behind the ETag. */
@Entity
@Table(name = "instrument")
public class InstrumentEntity {

    @Id
    public UUID id;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;
    /** The provider's region and city, copied here so that search filters on this table alone. */
    @Column(name = "provider_region", nullable = false)
    public String providerRegion;

    @Column(name = "provider_city", nullable = false)
    public String providerCity;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "description_zh", nullable = false)
    public String descriptionZh;

    @Column(name = "description_en", nullable = false)
    public String descriptionEn;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String manufacturer;

    @Column(nullable = false)
    public String model;

    @Column(name = "original_value_fen", nullable = false)
    public long originalValueFen;

    @Column(nullable = false)
    public String location;

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

    /** A change of a live listing waiting for review, as JSON ({@code Instrument.Listing}), or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pending_listing")
    public String pendingListing;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "name_text", nullable = false)
    public String nameText;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;
}
