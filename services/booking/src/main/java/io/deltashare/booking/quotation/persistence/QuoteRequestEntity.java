package io.deltashare.booking.quotation.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A request for quotation; its recipients are rows of {@code quote_request_recipient}. */
@Entity
@Table(name = "quote_request")
public class QuoteRequestEntity {

    @Id
    public UUID id;

    @Column(name = "firm_organization_id", nullable = false)
    public UUID firmOrganizationId;

    @Column(name = "firm_region", nullable = false)
    public String firmRegion;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    public String category;

    @Column(name = "wanted_by")
    public LocalDate wantedBy;

    @Column(name = "respond_by", nullable = false)
    public Instant respondBy;

    @Column(nullable = false)
    public String status;

    @Column(name = "awarded_quote_id")
    public UUID awardedQuoteId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
