package io.deltashare.booking.availability.domain;

import io.deltashare.booking.reservation.domain.BookingTerms;
import io.deltashare.contracts.catalog.OpeningHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where an instrument has free time: the parts of its opening hours between two instants that no booking or
 * maintenance block takes, starting on a quarter hour and long enough for what the firm needs.
 */
public final class FreeTime {

    /** A stretch of time, start inclusive, end exclusive. */
    public record Window(Instant start, Instant end) {

        long minutes() {
            return Duration.between(start, end).toMinutes();
        }
    }

    private FreeTime() {}

    /**
     * Free windows of at least {@code minutes} inside {@code [from, to)}, none starting before {@code earliestStart},
     * earliest first, at most {@code max} of them. Each window is the whole free stretch, so the firm can place its
     * booking anywhere inside.
     */
    public static List<Window> find(
            OpeningHours openingHours,
            List<Window> taken,
            Instant from,
            Instant to,
            Instant earliestStart,
            int minutes,
            int max) {
        List<Window> busy =
                taken.stream().sorted(Comparator.comparing(Window::start)).toList();
        Instant lowerBound = quarterHourAtOrAfter(from.isAfter(earliestStart) ? from : earliestStart);
        List<Window> free = new ArrayList<>();
        LocalDate day = from.atZone(BookingTerms.LOCAL_TIME).toLocalDate();
        LocalDate lastDay = to.atZone(BookingTerms.LOCAL_TIME).toLocalDate();
        for (; !day.isAfter(lastDay) && free.size() < max; day = day.plusDays(1)) {
            LocalDate date = day;
            List<OpeningHours.Window> today = openingHours.on(date.getDayOfWeek());
            for (OpeningHours.Window opening : today) {
                Instant start = latest(
                        date.atTime(opening.from())
                                .atZone(BookingTerms.LOCAL_TIME)
                                .toInstant(),
                        lowerBound);
                Instant end = earliest(
                        date.atTime(opening.to())
                                .atZone(BookingTerms.LOCAL_TIME)
                                .toInstant(),
                        to);
                for (Window piece : subtract(new Window(start, end), busy)) {
                    Window aligned = new Window(quarterHourAtOrAfter(piece.start()), piece.end());
                    if (aligned.end().isAfter(aligned.start()) && aligned.minutes() >= minutes && free.size() < max) {
                        free.add(aligned);
                    }
                }
            }
        }
        return free;
    }

    private static List<Window> subtract(Window window, List<Window> busy) {
        List<Window> pieces = new ArrayList<>();
        Instant cursor = window.start();
        for (Window b : busy) {
            if (!b.end().isAfter(cursor) || !b.start().isBefore(window.end())) {
                continue;
            }
            if (b.start().isAfter(cursor)) {
                pieces.add(new Window(cursor, b.start()));
            }
            cursor = latest(cursor, b.end());
        }
        if (window.end().isAfter(cursor)) {
            pieces.add(new Window(cursor, window.end()));
        }
        return pieces;
    }

    private static Instant quarterHourAtOrAfter(Instant instant) {
        ZonedDateTime local = instant.atZone(BookingTerms.LOCAL_TIME);
        ZonedDateTime floor = local.truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(local.getMinute() / BookingTerms.QUARTER_HOUR * BookingTerms.QUARTER_HOUR);
        return floor.toInstant().equals(instant)
                ? instant
                : floor.plusMinutes(BookingTerms.QUARTER_HOUR).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
