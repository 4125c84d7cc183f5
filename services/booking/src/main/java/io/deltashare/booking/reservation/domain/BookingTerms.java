package io.deltashare.booking.reservation.domain;

import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.platform.decision.Violation;
import io.deltashare.platform.time.Clocks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What an instrument allows: its mode, weekly opening hours (Asia/Shanghai), shortest and longest booking, and how
 * far ahead a booking must be made. Checks a requested slot or sample order against them.
 */
public record BookingTerms(
        BookingMode mode,
        OpeningHours openingHours,
        int minDurationMinutes,
        int maxDurationMinutes,
        int leadTimeHours) {

    /** The calendar opening hours and slots are in. */
    public static final ZoneId LOCAL_TIME = Clocks.SHANGHAI;
    /** Slots start and end on the quarter hour, which is also the unit time is billed in. */
    public static final int QUARTER_HOUR = 15;
    /** How far ahead calendars are open. */
    public static final Duration HORIZON = Duration.ofDays(366);

    /** Everything wrong with booking this instrument from {@code start} to {@code end}, asked at {@code now}. */
    public List<Violation> checkSlot(Instant start, Instant end, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (mode != BookingMode.SLOT) {
            violations.add(
                    new Violation("samples", "this instrument takes sample orders, not time slots; send samples"));
            return violations;
        }
        if (!end.isAfter(start)) {
            violations.add(new Violation("end", "must be after start (" + start + ")"));
            return violations;
        }
        if (!onQuarterHour(start)) {
            violations.add(new Violation("start", "must be on a quarter hour (:00, :15, :30 or :45)"));
        }
        if (!onQuarterHour(end)) {
            violations.add(new Violation("end", "must be on a quarter hour (:00, :15, :30 or :45)"));
        }
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes < minDurationMinutes) {
            violations.add(new Violation(
                    "end",
                    "the booking lasts " + minutes + " minutes; this instrument needs at least " + minDurationMinutes));
        }
        if (minutes > maxDurationMinutes) {
            violations.add(new Violation(
                    "end",
                    "the booking lasts " + minutes + " minutes; this instrument allows at most " + maxDurationMinutes));
        }
        if (!start.isAfter(now)) {
            violations.add(new Violation("start", "is in the past"));
        } else if (start.isAfter(now.plus(HORIZON))) {
            violations.add(new Violation("start", "is more than " + HORIZON.toDays() + " days ahead"));
        } else if (start.isBefore(now.plus(Duration.ofHours(leadTimeHours)))) {
            violations.add(new Violation("start", "must be at least " + leadTimeHours + " hours ahead"));
        }
        if (!insideOpeningHours(start, end)) {
            violations.add(new Violation(
                    "start",
                    "the slot " + local(start) + " to " + local(end)
                            + " (Asia/Shanghai) is not within one opening window: " + openingHours.text()));
        }
        return violations;
    }

    /** Everything wrong with ordering {@code samples} tests on this instrument. */
    public List<Violation> checkSamples(int samples) {
        List<Violation> violations = new ArrayList<>();
        if (mode != BookingMode.SAMPLE) {
            violations.add(new Violation("samples", "this instrument is booked by time; send start and end"));
        } else if (samples <= 0) {
            violations.add(new Violation("samples", "must be at least 1"));
        }
        return violations;
    }

    private boolean insideOpeningHours(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(LOCAL_TIME);
        ZonedDateTime to = end.atZone(LOCAL_TIME);
        return to.toLocalDate().equals(from.toLocalDate())
                && openingHours.windows().stream()
                        .anyMatch(w -> w.day() == from.getDayOfWeek()
                                && !from.toLocalTime().isBefore(w.from())
                                && !to.toLocalTime().isAfter(w.to()));
    }

    private static boolean onQuarterHour(Instant instant) {
        ZonedDateTime local = instant.atZone(LOCAL_TIME);
        return local.getSecond() == 0 && local.getNano() == 0 && local.getMinute() % QUARTER_HOUR == 0;
    }

    private static String local(Instant instant) {
        return instant.atZone(LOCAL_TIME).toLocalDateTime().toString();
    }
}
