package io.deltashare.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {

    @Test
    void itShowsTheMomentItWasSetToAndRunsOnFromThere() {
        MutableClock real = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));
        SimulatedClock clock = new SimulatedClock(real);
        clock.set(Instant.parse("2023-03-01T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2023-03-01T00:00:00Z"));
        real.now = real.now.plus(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2023-03-01T00:05:00Z"));
        assertThat(LocalDate.now(clock.withZone(Clocks.SHANGHAI))).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void unsetItIsTheRealClock() {
        MutableClock real = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));
        assertThat(new SimulatedClock(real).instant()).isEqualTo(real.instant());
    }

    /** A real clock the test moves. */
    private static final class MutableClock extends java.time.Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return java.time.Clock.fixed(now, zone);
        }
    }
}
