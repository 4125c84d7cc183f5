package io.deltashare.membership.organization.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An admitted organization: its Keycloak id and alias, and what its application said about it. */
@Entity
@Table(name = "organization")
public class OrganizationEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String alias;

    @Column(nullable = false)
    public String kind;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String region;

    @Column(nullable = false)
    public String city;

    @Column(name = "sme_number")
    public String smeNumber;

    @Column(name = "sme_year")
    public Integer smeYear;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "admitted_at", nullable = false)
    public Instant admittedAt;
}
