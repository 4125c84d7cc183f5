package io.deltashare.gateway.webhook.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One try at a delivery: when, what the receiver answered (or why nothing came) and how long it took. */
@Entity
@Table(name = "webhook_attempt")
@IdClass(AttemptEntity.Key.class)
public class AttemptEntity {

    /** Delivery and attempt number. */
    public static class Key implements Serializable {
        public UUID deliveryId;
        public int attempt;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(deliveryId, key.deliveryId) && attempt == key.attempt;
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, attempt);
        }
    }

    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Id
    public int attempt;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    @Column(name = "duration_ms")
    public int durationMs;
}
