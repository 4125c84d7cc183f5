package io.deltashare.booking.quotation.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A provider's quote on a request; its milestones are JSON ({@code QuoteTerms.QuotedMilestone}). */
@Entity
@Table(name = "quote")
public class QuoteEntity {

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "provider_organization_id", nullable = false)
    public UUID providerOrganizationId;

    @Column(name = "price_fen", nullable = false)
    public long priceFen;

    @Column(nullable = false)
    public String deliverables;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String milestones;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "cancellation_fee_percent", nullable = false)
    public int cancellationFeePercent;

    @Column(name = "cancellation_terms")
    public String cancellationTerms;

    @Column(nullable = false)
    public String status;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Version
    public long version;
}
