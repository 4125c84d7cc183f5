package io.deltashare.gateway.webhook.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes finished deliveries (delivered, given up or withheld) and their attempts once they are
 * {@code gateway.webhooks.keep-for} old (30 days), a thousand at a time in short transactions; pending ones stay
 * whatever their age. Partners read their delivery log within that period.
 */
@ApplicationScoped
public class DeliveryRetention {

    private static final Logger LOG = Logger.getLogger(DeliveryRetention.class);
    private static final int BATCH = 1000;

    private final EntityManager entityManager;
    private final WebhookConfig config;
    private final Clock clock;

    DeliveryRetention(EntityManager entityManager, WebhookConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${deltashare.retention.every:PT1H}", delayed = "PT1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        purge();
    }

    /** Deletes what is past keeping; returns how many deliveries went. */
    public long purge() {
        Instant before = clock.instant().minus(config.keepFor());
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> {
                entityManager.createNativeQuery("""
                                CREATE TEMPORARY TABLE IF NOT EXISTS expired_delivery (id uuid) ON COMMIT DROP""")
                        .executeUpdate();
                entityManager.createNativeQuery("""
                                INSERT INTO expired_delivery SELECT id FROM webhook_delivery
                                WHERE status IN ('DELIVERED', 'FAILED', 'WITHHELD') AND created_at < ?1 LIMIT ?2""")
                        .setParameter(1, before).setParameter(2, BATCH).executeUpdate();
                entityManager.createNativeQuery("""
                        DELETE FROM webhook_attempt WHERE delivery_id IN (SELECT id FROM expired_delivery)""")
                        .executeUpdate();
                return entityManager.createNativeQuery("""
                        DELETE FROM webhook_delivery WHERE id IN (SELECT id FROM expired_delivery)""").executeUpdate();
            });
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.infof("webhook retention deleted %d finished deliveries", total);
        }
        return total;
    }
}
