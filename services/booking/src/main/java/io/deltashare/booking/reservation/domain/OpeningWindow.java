package io.deltashare.booking.reservation.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** One weekly opening window of an instrument, local time in Asia/Shanghai. */
public record OpeningWindow(DayOfWeek day, LocalTime from, LocalTime to) {

    /** Reads the catalog's column form, {@code MONDAY 08:30-17:00,TUESDAY 08:30-12:00}. */
    public static List<OpeningWindow> parseAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(entry -> {
            String[] dayAndTimes = entry.trim().split(" ");
            String[] times = dayAndTimes[1].split("-");
            return new OpeningWindow(DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        }).toList();
    }

    /** The column form of a list of windows. */
    public static String format(List<OpeningWindow> windows) {
        return String.join(",", windows.stream().map(w -> w.day() + " " + w.from() + "-" + w.to()).toList());
    }
}
