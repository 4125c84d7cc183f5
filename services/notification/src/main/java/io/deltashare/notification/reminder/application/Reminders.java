package io.deltashare.notification.reminder.application;

import io.deltashare.notification.NotificationConfig;
import io.deltashare.notification.notice.domain.Audience;
import io.deltashare.notification.notice.domain.ExpiryWarnings;
import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.notification.notice.domain.Notice;
import io.deltashare.notification.notice.messaging.VoucherNotices;
import io.deltashare.notification.notice.persistence.Notices;
import io.deltashare.notification.reminder.persistence.Copies;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Notices nobody's event announces: the reminder the day before a confirmed booking starts, and the warnings 30 and 7
 * days before a voucher expires, from the service's own copies. Each notice's id is derived from what it is about (the
 * booking and its start, the voucher and the days), so a second run, a replica or a restart adds none twice.
 */
@ApplicationScoped
public class Reminders {

    private static final int BATCH = 200;
    /**
     * The most vouchers one run looks at, soonest expiring first; any beyond wait a minute for the next run (tens of
     * thousands of vouchers expire over a year, a few hundred within any 30 days).
     */
    private static final int VOUCHERS_PER_RUN = 5000;

    /** What one run added. */
    public record Run(int bookingReminders, int expiryWarnings) {}

    private final Copies copies;
    private final Notices notices;
    private final Clock clock;
    private final Duration bookingAhead;
    private final ExpiryWarnings warnings;

    Reminders(Copies copies, Notices notices, Clock clock, NotificationConfig config) {
        this.copies = copies;
        this.notices = notices;
        this.clock = clock;
        this.bookingAhead = config.reminders().bookingAhead();
        this.warnings = new ExpiryWarnings(config.reminders().voucherExpiryDays());
    }

    @Scheduled(
            every = "${notification.reminders.every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        remind();
    }

    /** Adds the reminders and warnings due now. */
    public Run remind() {
        int reminders = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> remindOfBookings(clock.instant()));
            reminders += batch;
        } while (batch == BATCH);
        int warned = QuarkusTransaction.requiringNew().call(() -> warnOfExpiry(clock.instant()));
        return new Run(reminders, warned);
    }

    private int remindOfBookings(Instant now) {
        List<Copies.BookingToRemind> due = copies.bookingsToRemind(now, now.plus(bookingAhead), BATCH);
        for (Copies.BookingToRemind booking : due) {
            Map<String, String> facts = new HashMap<>();
            facts.put("booking", booking.id().toString());
            facts.put("instrument", booking.instrument().toString());
            facts.put("category", booking.category());
            facts.put("provider", booking.provider().toString());
            facts.put("firm", booking.firm().toString());
            facts.put("start", booking.start().toString());
            facts.put("end", booking.end().toString());
            notices.add(
                    new Notice(
                            derivedId(
                                    "booking-reminder",
                                    booking.id(),
                                    booking.start().toString()),
                            Kind.BOOKING_REMINDER,
                            Audience.membersOf(booking.firm()),
                            facts),
                    now,
                    now);
            copies.reminded(booking.id(), booking.start());
        }
        return due.size();
    }

    /** Warns of every voucher within the longest warning's reach whose next warning is due; returns how many. */
    private int warnOfExpiry(Instant now) {
        int longest = warnings.days().get(warnings.days().size() - 1);
        int warned = 0;
        for (Copies.VoucherToWarn voucher :
                copies.vouchersExpiringBy(now, now.plus(Duration.ofDays(longest)), VOUCHERS_PER_RUN)) {
            Optional<Integer> due = warnings.due(voucher.expiresAt(), now, voucher.warnedDays());
            if (due.isEmpty()) {
                continue;
            }
            Map<String, String> facts = new HashMap<>(VoucherNotices.voucherFacts(
                    voucher.id().toString(),
                    voucher.code(),
                    voucher.firm().toString(),
                    voucher.region(),
                    voucher.faceValueFen(),
                    voucher.expiresAt()));
            facts.put("days", due.get().toString());
            notices.add(
                    new Notice(
                            derivedId("voucher-expiry", voucher.id(), due.get().toString()),
                            Kind.VOUCHER_EXPIRING,
                            Audience.membersOf(voucher.firm()),
                            facts),
                    now,
                    now);
            copies.warned(voucher.id(), due.get());
            warned++;
        }
        return warned;
    }

    /** The same id each time for the same reminder: what keeps a second run from adding it again. */
    static UUID derivedId(String what, UUID about, String when) {
        return UUID.nameUUIDFromBytes((what + ":" + about + ":" + when).getBytes(StandardCharsets.UTF_8));
    }
}
