package io.deltashare.booking.order.application;

import io.deltashare.booking.BookingConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An order's saga cannot hang either: every {@code booking.voucher-answer.check-every}, each order still waiting for its
 * voucher's answer is chased ({@link OrderVoucherSaga#chase}), one transaction per order, so a failure stops nothing
 * else; replicas skip each other's rows.
 */
@ApplicationScoped
public class OrderVoucherTimeouts {

    private static final Logger LOG = Logger.getLogger(OrderVoucherTimeouts.class);
    private static final int BATCH = 100;

    private final OrderVoucherSaga saga;
    private final BookingConfig.VoucherAnswer config;
    private final Clock clock;

    OrderVoucherTimeouts(OrderVoucherSaga saga, BookingConfig config, Clock clock) {
        this.saga = saga;
        this.config = config.voucherAnswer();
        this.clock = clock;
    }

    @Scheduled(
            every = "${booking.voucher-answer.check-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        chase(clock.instant());
    }

    /** Asks again for, or gives up on, every order overdue at {@code now}; returns how many it looked at. */
    public int chase(Instant now) {
        Instant askedBefore = now.minus(config.askAgainAfter());
        int chased = 0;
        List<UUID> overdue;
        do {
            overdue = saga.awaiting(askedBefore, BATCH);
            for (UUID id : overdue) {
                LOG.infof("order %s waited for its voucher's answer: %s", id, saga.chase(id, askedBefore, now));
                chased++;
            }
        } while (overdue.size() == BATCH && chased < 10 * BATCH);
        return chased;
    }
}
