package io.deltashare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenMemoryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand clock = new Hand();
    private final TokenMemory<String> memory = new TokenMemory<>(100, Duration.ofMinutes(5), clock);

    @Test
    void aTokenIsRememberedUntilItsOwnExpiry() {
        memory.remember("Bearer a", NOW.plusSeconds(60).getEpochSecond(), "alice");
        assertThat(memory.lookup("Bearer a")).contains("alice");
        clock.now = NOW.plusSeconds(59);
        assertThat(memory.lookup("Bearer a")).contains("alice");
        clock.now = NOW.plusSeconds(60);
        assertThat(memory.lookup("Bearer a")).isEmpty();
    }

    @Test
    void aLongLivedTokenIsForgottenAfterTheLongestMemory() {
        memory.remember("Bearer b", NOW.plus(Duration.ofHours(8)).getEpochSecond(), "bob");
        clock.now = NOW.plus(Duration.ofMinutes(5)).minusSeconds(1);
        assertThat(memory.lookup("Bearer b")).contains("bob");
        clock.now = NOW.plus(Duration.ofMinutes(5));
        assertThat(memory.lookup("Bearer b")).isEmpty();
    }

    @Test
    void onlyTheExactHeaderMatchesAndTokensWithoutExpiryOrHeaderAreNotKept() {
        memory.remember("Bearer c", NOW.plusSeconds(60).getEpochSecond(), "carol");
        assertThat(memory.lookup("Bearer c ")).isEmpty();
        assertThat(memory.lookup("Bearer C")).isEmpty();
        assertThat(memory.lookup(null)).isEmpty();
        memory.remember("Bearer d", 0, "dave");
        memory.remember(null, NOW.plusSeconds(60).getEpochSecond(), "nobody");
        assertThat(memory.lookup("Bearer d")).isEmpty();
    }

    @Test
    void tokensThatShareTheirEndingStillOnlyMatchThemselves() {
        String ending = "x".repeat(40);
        memory.remember("Bearer a" + ending, NOW.plusSeconds(60).getEpochSecond(), "alice");
        memory.remember("Bearer b" + ending, NOW.plusSeconds(60).getEpochSecond(), "bob");
        assertThat(memory.lookup("Bearer a" + ending)).contains("alice");
        assertThat(memory.lookup("Bearer b" + ending)).contains("bob");
        assertThat(memory.lookup("Bearer c" + ending)).isEmpty();
    }

    @Test
    void anAlreadyExpiredTokenIsNotRemembered() {
        memory.remember("Bearer e", NOW.minusSeconds(1).getEpochSecond(), "eve");
        assertThat(memory.lookup("Bearer e")).isEmpty();
    }
}
