package io.deltashare.instrumentcatalog.provider.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A provider row; {@code version} is the optimistic lock behind the ETag. */
@Entity
@Table(name = "provider")
public class ProviderEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false, unique = true)
    public UUID organizationId;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String region;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String accreditations;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Version
    public long version;
}
