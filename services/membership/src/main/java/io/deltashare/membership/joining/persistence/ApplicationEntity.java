package io.deltashare.membership.joining.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code joining_application}; {@link ApplicationRepository} maps it to the domain's application. */
@Entity
@Table(name = "joining_application")
public class ApplicationEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String applicant;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String profile;

    public String region;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "target_organization_id")
    public UUID targetOrganizationId;

    @Column(name = "organization_id")
    public UUID organizationId;

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
