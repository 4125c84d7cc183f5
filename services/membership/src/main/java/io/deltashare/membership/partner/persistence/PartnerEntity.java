package io.deltashare.membership.partner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code partner}; {@link PartnerRepository} maps it to the domain's partner. */
@Entity
@Table(name = "partner")
public class PartnerEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public boolean sandbox;

    @Column(nullable = false)
    public String status;

    @Column(name = "client_id")
    public String clientId;

    public String reason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(nullable = false)
    public long version;
}
