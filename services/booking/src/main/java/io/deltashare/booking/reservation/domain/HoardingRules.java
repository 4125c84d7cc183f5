package io.deltashare.booking.reservation.domain;

import io.deltashare.platform.decision.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Limits that keep one firm (or a partner portal for it) from taking an instrument's calendar: booking opens
 * {@code horizon} ahead; a firm holds at most {@code maxActivePerInstrument} future slots of one instrument; and a firm
 * that cancelled {@code maxFreeCancellations} slots of an instrument free of charge within {@code cancellationWindow}
 * books that instrument again only once the oldest of them falls out of the window. Free cancellation a day ahead is
 * what made hoarding cost nothing: book every window, release the unwanted ones the day before.
 */
public record HoardingRules(
        Duration horizon, int maxActivePerInstrument, int maxFreeCancellations, Duration cancellationWindow) {

    /** Why a slot starting at {@code start}, asked for at {@code now}, is too far ahead, or empty. */
    public Optional<Violation> horizonViolation(Instant start, Instant now) {
        return start.isAfter(now.plus(horizon))
                ? Optional.of(new Violation(
                        "start",
                        "is more than " + horizon.toDays() + " days ahead; bookings open " + horizon.toDays()
                                + " days in advance"))
                : Optional.empty();
    }

    /**
     * Why the firm may not take another slot of this instrument, given the future slots it holds there now and the
     * free cancellations it made there within the window, or empty when it may.
     */
    public Optional<String> refusal(long activeFutureSlots, long recentFreeCancellations) {
        if (activeFutureSlots >= maxActivePerInstrument) {
            return Optional.of("the firm already holds " + activeFutureSlots + " future slots of this instrument, the "
                    + "most one firm may hold at once (" + maxActivePerInstrument + "); use or cancel one first");
        }
        if (recentFreeCancellations >= maxFreeCancellations) {
            return Optional.of("the firm cancelled " + recentFreeCancellations
                    + " slots of this instrument free of charge "
                    + "within " + cancellationWindow.toDays() + " days, the most allowed (" + maxFreeCancellations
                    + "); it may book this instrument again once the oldest of them is " + cancellationWindow.toDays()
                    + " days old");
        }
        return Optional.empty();
    }
}
