package io.deltashare.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock every service reads time from: inject {@link Clock}, never call {@code Instant.now()}. A test moves
 * time by replacing this bean with a movable clock ({@code io.deltashare.testkit.time.MovableClock}).
 */
@ApplicationScoped
public class Clocks {

    /** Where the platform's calendar lives: opening hours, program dates, statement months and voucher years. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
