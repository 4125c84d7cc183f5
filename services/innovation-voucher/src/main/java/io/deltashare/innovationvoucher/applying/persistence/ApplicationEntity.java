package io.deltashare.innovationvoucher.applying.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A firm's application to a program, and the bureau's decision on it. */
@Entity
@Table(name = "application")
public class ApplicationEntity {

    @Id
    public UUID id;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    @Column(name = "firm_organization_id", nullable = false)
    public UUID firmOrganizationId;

    @Column(name = "firm_region", nullable = false)
    public String firmRegion;

    @Column(nullable = false)
    public String applicant;

    @Column(name = "planned_use", nullable = false)
    public String plannedUse;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String status;

    public String reason;

    @Column(name = "voucher_id")
    public UUID voucherId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;
}
