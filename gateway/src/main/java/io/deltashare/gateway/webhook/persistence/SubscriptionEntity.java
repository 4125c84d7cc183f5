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

/** A partner's webhook endpoint, the event types it wants and the firms it may hear about. */
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

    public String secret;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
