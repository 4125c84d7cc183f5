package io.deltashare.innovationvoucher.voucher.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Expires vouchers past their validity, one transaction per voucher so a failure stops nothing else. Replicas may run
 * it at the same time: each voucher's row lock and status check make a second expiry a no-op.
 */
@ApplicationScoped
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);
    private static final int BATCH = 200;

    private final VoucherLedger ledger;
    private final Clock clock;

    ExpiryJob(VoucherLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Scheduled(
            every = "${voucher.expiry-check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        expireDue(clock.instant());
    }

    /** Expires every voucher due by {@code now}; returns how many. */
    public int expireDue(Instant now) {
        int expired = 0;
        List<UUID> due;
        do {
            due = ledger.dueForExpiry(now, BATCH);
            for (UUID id : due) {
                ledger.expire(id, now);
                expired++;
            }
        } while (due.size() == BATCH);
        if (expired > 0) {
            LOG.infof("expired %d vouchers due by %s", expired, now);
        }
        return expired;
    }
}
