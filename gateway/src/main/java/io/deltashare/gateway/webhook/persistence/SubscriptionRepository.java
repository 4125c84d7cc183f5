package io.deltashare.gateway.webhook.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Subscriptions by owner, and the active ones that want an event about a firm. */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<SubscriptionEntity, UUID> {

    public List<SubscriptionEntity> ofOwner(String owner) {
        return list("owner = ?1 order by createdAt", owner);
    }

    @SuppressWarnings("unchecked")
    public List<SubscriptionEntity> wanting(String eventType, UUID firm) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM webhook_subscription
                WHERE active AND CAST(?1 AS varchar) = ANY (event_types) AND CAST(?2 AS uuid) = ANY (firm_ids)
                """, SubscriptionEntity.class).setParameter(1, eventType).setParameter(2, firm).getResultList();
    }
}
