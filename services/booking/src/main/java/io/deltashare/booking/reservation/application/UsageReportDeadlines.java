package io.deltashare.booking.reservation.application;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.reservation.domain.CompletionRules;
import io.deltashare.booking.reservation.persistence.BookingRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A usage report the firm did not dispute within {@code booking.completion.dispute-window} stands, if it stays within
 * what was booked: the booking completes, which charges it. One transaction per booking; replicas skip each other's
 * rows.
 */
@ApplicationScoped
public class UsageReportDeadlines {

    private static final Logger LOG = Logger.getLogger(UsageReportDeadlines.class);
    private static final int BATCH = 100;

    private final BookingRepository bookings;
    private final BookingChanges changes;
    private final Duration disputeWindow;
    private final CompletionRules completion;
    private final Clock clock;

    UsageReportDeadlines(BookingRepository bookings, BookingChanges changes, BookingConfig config, Clock clock) {
        this.bookings = bookings;
        this.changes = changes;
        this.disputeWindow = config.completion().disputeWindow();
        this.completion = config.completion().rules();
        this.clock = clock;
    }

    @Scheduled(
            every = "${booking.completion.check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        completeUndisputed(clock.instant());
    }

    /** Completes every report whose window closed by {@code now}; returns how many. */
    public int completeUndisputed(Instant now) {
        Instant reportedBefore = now.minus(disputeWindow);
        int completed = 0;
        List<UUID> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> bookings.undisputedReports(reportedBefore, BATCH));
            for (UUID id : due) {
                if (QuarkusTransaction.requiringNew().call(() -> closeUndisputed(id, now))) {
                    LOG.infof("booking %s: its usage report was not disputed within %s and stands", id, disputeWindow);
                    completed++;
                }
            }
        } while (due.size() == BATCH && completed < 10 * BATCH);
        return completed;
    }

    /** Makes final the report of booking {@code id} if it is still one nobody disputed in time. */
    private boolean closeUndisputed(UUID id, Instant now) {
        return bookings.lockedForUpdate(id)
                .flatMap(b -> b.closeUndisputed(now, completion).accepted())
                .map(changes::apply)
                .isPresent();
    }
}
