package io.deltashare.gateway.webhook.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner's webhook endpoint, the event types it wants, and which catalog events (by region and category). */
@Entity
@Table(name = "webhook_subscription")
public class SubscriptionEntity {

    @Id
    public UUID id;

    public String owner;

    @Column(name = "client_id")
    public String clientId;

    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types")
    public List<String> eventTypes;

    /** Catalog events only from these regions (ISO 3166-2 codes); empty: from all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions = List.of();

    /** Catalog events only of these categories; empty: of all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories = List.of();

    public String secret;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
