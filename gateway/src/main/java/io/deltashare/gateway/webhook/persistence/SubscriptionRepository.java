package io.deltashare.gateway.webhook.persistence;

import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Keyset;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Subscriptions by owner, and the active ones that want an event about a firm. */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<SubscriptionEntity, UUID> {

    /** The namespace of the per-client subscription locks (two-key advisory locks). */
    private static final int SUBSCRIPTION_LOCKS = 0x5742; // "WB"

    /** A page of the owner's subscriptions, cancelled ones too, newest first, after {@code after} (null: the first). */
    public List<SubscriptionEntity> ofOwner(String owner, Cursor after, int limit) {
        Map<String, Object> parameters = new HashMap<>(Map.of("owner", owner));
        StringBuilder where = new StringBuilder("owner = :owner");
        Keyset.after(after, "createdAt", where, parameters);
        return find(where + Keyset.newestFirst("createdAt"), parameters)
                .page(0, limit)
                .list();
    }

    /** Key of the transaction's memo of {@link #wanting}. */
    private static final Object WANTING = SubscriptionRepository.class.getName() + ".wanting";

    private final TransactionSynchronizationRegistry transactions;

    SubscriptionRepository(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /**
     * The active subscriptions that want events of this type, whichever firms their partners are linked to; read once
     * per type in a transaction, which serves every event the inbox applies in it (read only: they may be detached).
     */
    @SuppressWarnings("unchecked")
    public List<SubscriptionEntity> wanting(String eventType) {
        Map<String, List<SubscriptionEntity>> memo =
                (Map<String, List<SubscriptionEntity>>) transactions.getResource(WANTING);
        if (memo == null) {
            memo = new HashMap<>();
            transactions.putResource(WANTING, memo);
        }
        return memo.computeIfAbsent(eventType, this::readWanting);
    }

    @SuppressWarnings("unchecked")
    private List<SubscriptionEntity> readWanting(String eventType) {
        return getEntityManager()
                .createNativeQuery("""
                SELECT * FROM webhook_subscription WHERE active AND CAST(?1 AS varchar) = ANY (event_types)
                """, SubscriptionEntity.class)
                .setParameter(1, eventType)
                .getResultList();
    }

    /**
     * How many active subscriptions {@code clientId} has, after taking a lock on that client until the transaction
     * ends, so two concurrent subscriptions cannot both pass the limit.
     */
    public long lockAndCountActive(String clientId) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, SUBSCRIPTION_LOCKS)
                .setParameter(2, clientId)
                .getSingleResult();
        return count("clientId = ?1 and active = true", clientId);
    }
}
