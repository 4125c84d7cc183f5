package io.deltashare.insight.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The hours an instrument was open to users over a span of days: its weekly opening hours (minutes per weekday,
 * Monday first, Asia/Shanghai) summed over each day it was listed. The base of utilisation: used hours over open
 * hours.
 */
public final class OpenHours {

    private OpenHours() {}

    /**
     * Hours open on the days from {@code first} to {@code last}, both included, to two decimals; none when
     * {@code last} is before {@code first} or the opening hours are unknown.
     */
    public static BigDecimal between(int[] minutesPerWeekday, LocalDate first, LocalDate last) {
        if (minutesPerWeekday == null || last.isBefore(first)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long minutes = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            minutes += minutesPerWeekday[day.getDayOfWeek().getValue() - 1];
        }
        return hours(minutes);
    }

    /** Minutes as hours, to two decimals (half up). */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /**
     * {@code part / whole} to four decimals (half up), e.g. {@code 0.4125} for a utilisation of 41.25 %; null when
     * {@code whole} is zero, so nothing divides by nothing.
     */
    public static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, 4, RoundingMode.HALF_UP).toPlainString();
    }
}
