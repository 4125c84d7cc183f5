package io.deltashare.booking.offer.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A service offer as booking knows it from the catalog's latest snapshot; written only by the catalog consumer. */
@Entity
@Table(name = "service_offer")
public class ServiceOfferView {

    @Id
    public UUID id;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "provider_organization_id", nullable = false)
    public UUID providerOrganizationId;

    @Column(name = "provider_region", nullable = false)
    public String providerRegion;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String category;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String status;

    @Column(name = "catalog_version", nullable = false)
    public long catalogVersion;
}
