package io.deltashare.booking.reservation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bounds on what a provider decides alone: a slot is started from {@code startBeforeSlot} ahead of it and its usage
 * reported from {@code reportBeforeSlot} ahead of it (zero in production: once it has begun); the usage reported may exceed the booked time by {@code overrun} (a sample order: no
 * more samples than booked), beyond that only the firm's acceptance makes it final; and the firm may dispute a report
 * for {@code disputeWindow}, after which a report within bounds stands. Until the usage is final nothing is charged
 * and no voucher is redeemed.
 */
public record CompletionRules(
        Duration startBeforeSlot, Duration reportBeforeSlot, Duration overrun, Duration disputeWindow) {

    /** Why a booking whose slot starts at {@code slotStart} (null: a sample order) cannot be started at {@code now}. */
    public Optional<String> tooEarlyToStart(Instant slotStart, Instant now) {
        if (slotStart == null || !now.isBefore(slotStart.minus(startBeforeSlot))) {
            return Optional.empty();
        }
        return Optional.of("the slot starts at " + slotStart + "; it can be started from " + startBeforeSlot.toMinutes()
                + " minutes before, at " + slotStart.minus(startBeforeSlot));
    }

    /** Why the usage of a booking whose slot starts at {@code slotStart} cannot be reported at {@code now}. */
    public Optional<String> tooEarlyToReport(Instant slotStart, Instant now) {
        Instant from = slotStart == null ? null : slotStart.minus(reportBeforeSlot);
        if (from == null || !now.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of("the slot starts at " + slotStart + "; its usage can be reported from " + from);
    }

    /**
     * Whether the reported usage stays within what was booked: for a slot ({@code start} to {@code end}) at most its
     * minutes plus the overrun, for a sample order at most the samples booked.
     */
    public boolean withinBooking(
            Instant start, Instant end, Integer bookedSamples, Integer actualMinutes, Integer actualSamples) {
        if (start != null) {
            return actualMinutes != null
                    && actualMinutes
                            <= Duration.between(start, end).plus(overrun).toMinutes();
        }
        return actualSamples != null && bookedSamples != null && actualSamples <= bookedSamples;
    }

    /** Until when the firm may dispute usage reported at {@code reportedAt}. */
    public Instant disputableUntil(Instant reportedAt) {
        return reportedAt.plus(disputeWindow);
    }
}
