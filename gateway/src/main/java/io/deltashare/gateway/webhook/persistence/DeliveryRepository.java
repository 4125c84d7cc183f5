package io.deltashare.gateway.webhook.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Deliveries: claimed by the worker when due, listed for their subscription's owner. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<DeliveryEntity, Long> {

    public Optional<DeliveryEntity> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }

    /**
     * Up to {@code limit} pending deliveries due by {@code now}, locked so that other replicas' workers skip them
     * while this transaction lasts.
     */
    @SuppressWarnings("unchecked")
    public List<DeliveryEntity> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1
                ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED
                """, DeliveryEntity.class).setParameter(1, now).setParameter(2, limit).getResultList();
    }

    /** A subscription's deliveries after the cursor {@code afterSeq}, oldest first, optionally of one status. */
    public List<DeliveryEntity> page(UUID subscription, long afterSeq, String status, int limit) {
        return status == null
                ? find("subscriptionId = ?1 and seq > ?2 order by seq", subscription, afterSeq).page(0, limit).list()
                : find("subscriptionId = ?1 and seq > ?2 and status = ?3 order by seq", subscription, afterSeq, status)
                        .page(0, limit).list();
    }
}
