package io.deltashare.innovationvoucher.program.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A bureau's voucher program; {@code committedFen} is what its issued vouchers take of the budget. */
@Entity
@Table(name = "program")
public class ProgramEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String region;

    /** The pilot locality whose bureau runs the program; null for the province's bureau. */
    public String locality;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "total_budget_fen", nullable = false)
    public long totalBudgetFen;

    @Column(name = "committed_fen", nullable = false)
    public long committedFen;

    @Column(name = "cap_per_firm_year_fen", nullable = false)
    public long capPerFirmPerYearFen;

    @Column(name = "face_value_fen", nullable = false)
    public long faceValueFen;

    @Column(name = "coverage_ratio", nullable = false)
    public BigDecimal coverageRatio;

    @Column(name = "eligible_categories", nullable = false)
    public String eligibleCategories;

    @Column(name = "accepted_regions", nullable = false)
    public String acceptedRegions;

    @Column(name = "applications_from", nullable = false)
    public LocalDate applicationsFrom;

    @Column(name = "applications_until", nullable = false)
    public LocalDate applicationsUntil;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "sme_only", nullable = false)
    public boolean smeOnly;

    /** Comma-separated kinds of service (ServiceKind). */
    @Column(name = "service_kinds", nullable = false)
    public String serviceKinds;

    /** Comma-separated provider organization ids; empty for any provider. */
    @Column(name = "designated_providers", nullable = false)
    public String designatedProviders;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
