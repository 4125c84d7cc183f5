package io.deltashare.instrumentcatalog.offer.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A service offer row: the offer as JSON, and beside it the columns search filters on, copied from the offer and its
 * provider. {@code version} is the optimistic lock behind the ETag.
 */
@Entity
@Table(name = "service_offer")
public class ServiceOfferEntity {

    @Id
    public UUID id;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "provider_region", nullable = false)
    public String providerRegion;

    @Column(name = "provider_city", nullable = false)
    public String providerCity;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String category;

    @Column(name = "price_basis", nullable = false)
    public String priceBasis;

    @Column(name = "academic_price_fen")
    public Long academicPriceFen;

    @Column(name = "enterprise_price_fen")
    public Long enterprisePriceFen;

    /** The live (or not yet approved) offer, as JSON ({@code ServiceOffer.Offer}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String offer;

    @Column(nullable = false)
    public String status;

    /** A change of a live offer waiting for review, as JSON, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pending_offer")
    public String pendingOffer;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_text", nullable = false)
    public String nameText;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;
}
