package io.deltashare.gateway.webhook.application;

import io.deltashare.gateway.webhook.persistence.DeliveryRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final DeliveryRepository deliveries;
    private final WebhookConfig config;
    private final Clock clock;

    DeliveryRetention(DeliveryRepository deliveries, WebhookConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            every = "${deltashare.retention.every:PT1H}",
            delayed = "PT1M",
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
            deleted = QuarkusTransaction.requiringNew().call(() -> deliveries.deleteFinishedBefore(before, BATCH));
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.infof("webhook retention deleted %d finished deliveries", total);
        }
        return total;
    }
}
