package io.deltashare.gateway.webhook.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Subscriptions by owner, and the active ones that want an event about a firm. */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<SubscriptionEntity, UUID> {

    /** The namespace of the per-client subscription locks (two-key advisory locks). */
    private static final int SUBSCRIPTION_LOCKS = 0x5742; // "WB"

    public List<SubscriptionEntity> ofOwner(String owner) {
        return list("owner = ?1 order by createdAt", owner);
    }

    /** The active subscriptions that want events of this type, whichever firms their partners are linked to. */
    @SuppressWarnings("unchecked")
    public List<SubscriptionEntity> wanting(String eventType) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM webhook_subscription WHERE active AND CAST(?1 AS varchar) = ANY (event_types)
                """, SubscriptionEntity.class).setParameter(1, eventType).getResultList();
    }

    /**
     * How many active subscriptions {@code clientId} has, after taking a lock on that client until the transaction
     * ends, so two concurrent subscriptions cannot both pass the limit.
     */
    public long lockAndCountActive(String clientId) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, SUBSCRIPTION_LOCKS).setParameter(2, clientId).getSingleResult();
        return count("clientId = ?1 and active = true", clientId);
    }
}
