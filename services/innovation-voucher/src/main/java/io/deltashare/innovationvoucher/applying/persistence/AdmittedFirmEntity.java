package io.deltashare.innovationvoucher.applying.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A firm DeltaShare admitted, with the SME registration it was admitted with (membership's OrganizationAdmitted). */
@Entity
@Table(name = "admitted_firm")
public class AdmittedFirmEntity {

    @Id
    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(nullable = false)
    public String region;

    @Column(name = "sme_number")
    public String smeNumber;

    @Column(name = "sme_year")
    public Integer smeYear;

    @Column(name = "admitted_at", nullable = false)
    public Instant admittedAt;

    /** The firm's name when it was admitted (null for firms admitted before names were kept). */
    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;
}
