package io.deltashare.instrumentcatalog.instrument.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly opening window, local time in Asia/Shanghai. */
public record OpeningWindow(DayOfWeek day, LocalTime from, LocalTime to) {
}
