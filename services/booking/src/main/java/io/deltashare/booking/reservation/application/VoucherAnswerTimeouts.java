package io.deltashare.booking.reservation.application;

import io.deltashare.booking.BookingConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The booking saga cannot hang: a booking whose voucher has not answered within
 * {@code booking.voucher-answer.ask-again-after} publishes its request again (the voucher service holds at most once
 * per booking and answers a repeat the same way), and one still unanswered
 * {@code booking.voucher-answer.give-up-after} after it was made is rejected, which frees its time and releases any
 * hold made too late. One transaction per booking, so a failure stops nothing else; replicas skip each other's rows.
 */
@ApplicationScoped
public class VoucherAnswerTimeouts {

    private static final Logger LOG = Logger.getLogger(VoucherAnswerTimeouts.class);
    private static final int BATCH = 100;

    private final VoucherSaga saga;
    private final BookingConfig.VoucherAnswer config;
    private final Clock clock;

    VoucherAnswerTimeouts(VoucherSaga saga, BookingConfig config, Clock clock) {
        this.clock = clock;
        this.saga = saga;
        this.config = config.voucherAnswer();
    }

    @Scheduled(
            every = "${booking.voucher-answer.check-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        chase(clock.instant());
    }

    /** Asks again for, or gives up on, every booking overdue at {@code now}; returns how many it looked at. */
    public int chase(Instant now) {
        Instant askedBefore = now.minus(config.askAgainAfter());
        Instant madeBefore = now.minus(config.giveUpAfter());
        int chased = 0;
        List<UUID> overdue;
        do {
            overdue = saga.awaitingVoucherAnswer(askedBefore, BATCH);
            for (UUID id : overdue) {
                VoucherSaga.Chase outcome = saga.chase(id, askedBefore, madeBefore, now, config.giveUpAfter());
                LOG.infof("booking %s waited for its voucher's answer: %s", id, outcome);
                chased++;
            }
        } while (overdue.size() == BATCH && chased < 10 * BATCH);
        return chased;
    }
}
