package io.deltashare.contracts.catalog;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An instrument's weekly opening hours, local time in Asia/Shanghai: the one type for them, with the one text form
 * services store them in ({@code MONDAY 08:30-17:00,TUESDAY 08:30-12:00}, windows by day and start) and the form the
 * catalog's events carry ({@link InstrumentSnapshot.OpeningWindow}).
 */
public record OpeningHours(List<Window> windows) {

    /** One weekly window: on {@code day}, from {@code from} to {@code to}. */
    public record Window(DayOfWeek day, LocalTime from, LocalTime to) {}

    public OpeningHours {
        windows = windows.stream()
                .sorted(Comparator.comparing(Window::day).thenComparing(Window::from))
                .toList();
    }

    /** Reads the text form; an empty or absent text is no opening at all. */
    public static OpeningHours parse(String text) {
        if (text == null || text.isBlank()) {
            return new OpeningHours(List.of());
        }
        return new OpeningHours(Arrays.stream(text.split(","))
                .map(entry -> {
                    String[] dayAndTimes = entry.trim().split(" ");
                    String[] times = dayAndTimes[1].split("-");
                    return new Window(DayOfWeek.valueOf(dayAndTimes[0]), time(times[0]), time(times[1]));
                })
                .toList());
    }

    /**
     * A time of the text form. Its times are {@code HH:mm}, read here digit by digit: booking reads an instrument's
     * hours on every request, and {@link LocalTime#parse}'s formatter was a twentieth of its CPU. Any other form is
     * read by {@link LocalTime#parse}, and what it refuses is refused.
     */
    static LocalTime time(String text) {
        if (text.length() == 5
                && text.charAt(2) == ':'
                && digits(text.charAt(0), text.charAt(1))
                && digits(text.charAt(3), text.charAt(4))) {
            return LocalTime.of(
                    (text.charAt(0) - '0') * 10 + text.charAt(1) - '0',
                    (text.charAt(3) - '0') * 10 + text.charAt(4) - '0');
        }
        return LocalTime.parse(text);
    }

    private static boolean digits(char tens, char ones) {
        return tens >= '0' && tens <= '9' && ones >= '0' && ones <= '9';
    }

    /** The hours an event carries. */
    public static OpeningHours of(List<InstrumentSnapshot.OpeningWindow> published) {
        return new OpeningHours(published.stream()
                .map(w -> new Window(DayOfWeek.valueOf(w.day()), LocalTime.parse(w.from()), LocalTime.parse(w.to())))
                .toList());
    }

    /** The hours as an event carries them. */
    public List<InstrumentSnapshot.OpeningWindow> published() {
        return windows.stream()
                .map(w -> new InstrumentSnapshot.OpeningWindow(
                        w.day().name(), w.from().toString(), w.to().toString()))
                .toList();
    }

    /** The text form, also how the hours are shown in a refusal. */
    public String text() {
        return windows.stream()
                .map(w -> w.day() + " " + w.from() + "-" + w.to())
                .collect(Collectors.joining(","));
    }

    /** The windows on {@code day}, earliest first. */
    public List<Window> on(DayOfWeek day) {
        return windows.stream().filter(w -> w.day() == day).toList();
    }
}
