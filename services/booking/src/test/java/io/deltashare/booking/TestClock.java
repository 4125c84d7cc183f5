package io.deltashare.booking;

import io.deltashare.testkit.time.MovableClock;
import io.quarkus.test.Mock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock every bean of booking reads in its {@code @QuarkusTest}s: the system's, until a test moves it to play a
 * rule about time through the API (a dispute window closing); such a test puts it back with {@code reset()}.
 */
@Mock
public class TestClock {

    public static final MovableClock CLOCK = new MovableClock();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
