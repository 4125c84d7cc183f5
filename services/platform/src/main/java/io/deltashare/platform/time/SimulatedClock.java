package io.deltashare.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulation's clock: the real clock shifted to a moment the simulation chooses, and running on from there, so
 * that a simulated year can be played through the API while every rule that reads the time (lead times, voucher
 * validity, calendar years, expiry) sees the simulated moment. Only with {@code deltashare.simulation.enabled}.
 */
public final class SimulatedClock extends Clock {

    private final Clock real;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public SimulatedClock(Clock real) {
        this.real = real;
    }

    /** From now on, the time is {@code now} and runs on from it. */
    public void set(Instant now) {
        offset.set(Duration.between(real.instant(), now));
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(real.withZone(zone), offset.get());
    }
}
