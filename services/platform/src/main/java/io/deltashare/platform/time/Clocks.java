package io.deltashare.platform.time;

import io.deltashare.platform.PlatformConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one clock every service reads time from: inject {@link Clock}, never call {@code Instant.now()}. A test moves
 * time by replacing this bean with a movable clock ({@code io.deltashare.testkit.time.MovableClock}).
 */
@ApplicationScoped
public class Clocks {

    /** Where the platform's calendar lives: opening hours, program dates, statement months and voucher years. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final SimulatedClock simulated;

    Clocks(PlatformConfig config) {
        this.simulated = config.simulation().enabled() ? new SimulatedClock(Clock.systemUTC()) : null;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        if (simulated != null) {
            Log.warn("the clock is simulated (deltashare.simulation.enabled): an admin may set the time; never in"
                    + " production");
            return simulated;
        }
        return Clock.systemUTC();
    }

    /** The simulated clock, when this service runs in a simulation. */
    public Optional<SimulatedClock> simulated() {
        return Optional.ofNullable(simulated);
    }
}
