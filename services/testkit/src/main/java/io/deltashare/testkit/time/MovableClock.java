package io.deltashare.testkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs with the system's but can be moved ahead (or back) by a test, so that rules about time (a dispute
 * window closing, a free cancellation ending) are played through the API rather than by editing rows. A service's
 * tests make it the {@link Clock} bean with a producer marked {@code @io.quarkus.test.Mock}; a test that moves it puts
 * it back with {@link #reset()}.
 */
public final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves "now" by {@code by} from where it is. */
    public void move(Duration by) {
        offset = offset.plus(by);
    }

    /** Runs with the system's clock again. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("DeltaShare's clock is UTC; convert instants where a zone is needed");
    }
}
