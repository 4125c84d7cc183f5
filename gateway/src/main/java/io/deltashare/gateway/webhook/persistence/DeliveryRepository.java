package io.deltashare.gateway.webhook.persistence;

import io.deltashare.platform.persistence.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
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
     * Up to {@code limit} pending deliveries due by {@code now}, taken fairly and locked so that other replicas'
     * workers skip them while this transaction lasts. Fair: partner clients take turns (each one's oldest due
     * delivery first, then each one's second, ...), so one partner with a backlog of thousands, or a slow endpoint,
     * cannot keep the others' deliveries waiting; and at most {@code perHost} go to one host in a pass, so a slow
     * host holds at most that many of the pass's slots. A host's slots go by the same turns: partners whose
     * endpoints share a host (one receiving service for many portals) each get theirs before any gets a second, so
     * one partner's backlog of retries to a dead endpoint cannot hold another's deliveries to that host back.
     */
    @SuppressWarnings("unchecked")
    public List<DeliveryEntity> lockDue(Instant now, int limit, int perHost) {
        return getEntityManager()
                .createNativeQuery("""
                SELECT * FROM webhook_delivery WHERE seq IN (
                    SELECT seq FROM (
                        SELECT seq, next_attempt_at, turn,
                               row_number() OVER (PARTITION BY host ORDER BY turn, next_attempt_at, seq) AS on_host
                        FROM (
                            SELECT d.seq, d.next_attempt_at,
                                   lower(substring(s.url FROM '^[A-Za-z]+://([^/:?#]+)')) AS host,
                                   row_number() OVER (PARTITION BY s.client_id
                                                      ORDER BY d.next_attempt_at, d.seq) AS turn
                            FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                            WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1) by_partner) due
                    WHERE on_host <= ?3
                    ORDER BY turn, next_attempt_at, seq LIMIT ?2)
                ORDER BY next_attempt_at FOR UPDATE SKIP LOCKED
                """, DeliveryEntity.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .setParameter(3, perHost)
                .getResultList();
    }

    /**
     * A subscription's deliveries of public catalog events and about {@code firms}, after the cursor {@code afterSeq},
     * oldest first, optionally of one status.
     */
    public List<DeliveryEntity> page(
            UUID subscription, long afterSeq, String status, Collection<UUID> firms, int limit) {
        Where seen = Where.where("subscriptionId = :subscription", "subscription", subscription)
                .and("seq > :after", "after", afterSeq)
                .and("status = :status", "status", status);
        seen = firms.isEmpty()
                ? seen.and("firmId is null")
                : seen.and("firmId is null or firmId in :firms", "firms", firms);
        return find(seen.jpql() + " order by seq", seen.parameters())
                .page(0, limit)
                .list();
    }

    /**
     * Deletes up to {@code limit} finished deliveries (delivered, given up or withheld) made before {@code before},
     * with their attempts, in the caller's transaction; returns how many deliveries went.
     */
    public int deleteFinishedBefore(java.time.Instant before, int limit) {
        getEntityManager().createNativeQuery("""
                        CREATE TEMPORARY TABLE IF NOT EXISTS expired_delivery (id uuid) ON COMMIT DROP""").executeUpdate();
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO expired_delivery SELECT id FROM webhook_delivery
                        WHERE status IN ('DELIVERED', 'FAILED', 'WITHHELD') AND created_at < ?1 LIMIT ?2""")
                .setParameter(1, before)
                .setParameter(2, limit)
                .executeUpdate();
        getEntityManager().createNativeQuery("""
                DELETE FROM webhook_attempt WHERE delivery_id IN (SELECT id FROM expired_delivery)""").executeUpdate();
        return getEntityManager().createNativeQuery("""
                DELETE FROM webhook_delivery WHERE id IN (SELECT id FROM expired_delivery)""").executeUpdate();
    }
}
