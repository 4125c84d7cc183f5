package io.deltashare.booking.wallet.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code wallet_voucher}: a firm's voucher as the voucher service's events describe it. */
@Entity
@Table(name = "wallet_voucher")
public class WalletVoucherEntity {

    @Id
    public UUID id;

    @Column(name = "firm_organization_id", nullable = false)
    public UUID firm;

    @Column(name = "coverage_ratio", nullable = false)
    public BigDecimal coverageRatio;

    @Column(name = "eligible_categories", nullable = false)
    public String eligibleCategories;

    @Column(name = "accepted_provider_regions", nullable = false)
    public String acceptedProviderRegions;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "balance_fen", nullable = false)
    public long balanceFen;

    /** Comma-separated kinds of service it pays for. */
    @Column(name = "service_kinds", nullable = false)
    public String serviceKinds;

    /** Comma-separated provider organization ids it pays at; empty for any provider. */
    @Column(name = "designated_providers", nullable = false)
    public String designatedProviders;
}
