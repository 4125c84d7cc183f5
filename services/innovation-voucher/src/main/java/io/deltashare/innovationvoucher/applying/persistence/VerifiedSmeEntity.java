package io.deltashare.innovationvoucher.applying.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An SME registration the bureau of {@code region} verified for a firm of its region. */
@Entity
@Table(name = "verified_sme")
public class VerifiedSmeEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public String region;

    @Column(name = "registration_number", nullable = false)
    public String registrationNumber;

    @Column(name = "registration_year", nullable = false)
    public int registrationYear;

    @Column(name = "verified_by", nullable = false)
    public String verifiedBy;

    @Column(name = "verified_at", nullable = false)
    public Instant verifiedAt;
}
