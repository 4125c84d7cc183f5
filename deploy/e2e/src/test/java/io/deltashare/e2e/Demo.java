package io.deltashare.e2e;

import io.deltashare.testkit.keycloak.DemoRealm;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The demo realm's organizations and the times the journeys book. */
final class Demo {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final UUID SH_NANOTECH = DemoRealm.SH_NANOTECH;
    static final UUID JS_BIOMED = DemoRealm.JS_BIOMED;
    static final UUID ZJ_MATERIALS = DemoRealm.ZJ_MATERIALS;
    static final UUID AH_QUANTUM = DemoRealm.AH_QUANTUM;
    static final UUID SH_ANALYSIS_CENTRE = DemoRealm.SH_ANALYSIS_CENTRE;

    private Demo() {}

    /** {@code at} Shanghai time on a weekday at least {@code days} days ahead. */
    static Instant weekdayAhead(int days, String at) {
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(days);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(LocalTime.parse(at)).atZone(SHANGHAI).toInstant();
    }

    /**
     * A whole hour at least {@code hours} hours from now whose hour-long slot stays within one Shanghai day (the
     * around-the-clock instruments open 00:00–23:59).
     */
    static Instant wholeHourIn(int hours) {
        Instant start = Instant.now()
                .plus(hours, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.HOURS)
                .plus(1, ChronoUnit.HOURS);
        return start.atZone(SHANGHAI).getHour() == 23 ? start.plus(1, ChronoUnit.HOURS) : start;
    }
}
