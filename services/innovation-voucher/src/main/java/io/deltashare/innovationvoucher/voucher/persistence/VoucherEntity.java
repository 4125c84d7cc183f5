package io.deltashare.innovationvoucher.voucher.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An issued voucher. Its terms are copied from the program at issue, so a later program change does not alter it.
 * {@code held + redeemed + returned <= faceValue} is also a CHECK in the table.
 */
@Entity
@Table(name = "voucher")
public class VoucherEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(nullable = false)
    public String region;

    @Column(name = "firm_organization_id", nullable = false)
    public UUID firmOrganizationId;

    @Column(name = "face_value_fen", nullable = false)
    public long faceValueFen;

    @Column(name = "held_fen", nullable = false)
    public long heldFen;

    @Column(name = "redeemed_fen", nullable = false)
    public long redeemedFen;

    @Column(name = "returned_fen", nullable = false)
    public long returnedFen;

    @Column(name = "coverage_ratio", nullable = false)
    public BigDecimal coverageRatio;

    @Column(name = "eligible_categories", nullable = false)
    public String eligibleCategories;

    @Column(name = "service_kinds", nullable = false)
    public String serviceKinds;

    @Column(name = "designated_providers", nullable = false)
    public String designatedProviders;

    @Column(name = "accepted_regions", nullable = false)
    public String acceptedRegions;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** What the voucher can still hold: neither held, spent nor given back. */
    public long balanceFen() {
        return faceValueFen - heldFen - redeemedFen - returnedFen;
    }
}
