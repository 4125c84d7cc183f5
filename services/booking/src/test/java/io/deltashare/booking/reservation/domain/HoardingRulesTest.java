package io.deltashare.booking.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HoardingRulesTest {

    private static final HoardingRules RULES = new HoardingRules(Duration.ofDays(90), 20, 10, Duration.ofDays(30));
    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void aSlotOpensNinetyDaysAhead() {
        assertThat(RULES.horizonViolation(NOW.plus(Duration.ofDays(90)), NOW)).isEmpty();
        assertThat(RULES.horizonViolation(NOW.plus(Duration.ofDays(91)), NOW)).hasValueSatisfying(violation -> {
            assertThat(violation.field()).isEqualTo("start");
            assertThat(violation.reason()).contains("more than 90 days ahead");
        });
    }

    @Test
    void aFirmHoldsAtMostTwentyFutureSlotsOfOneInstrument() {
        assertThat(RULES.refusal(19, 0)).isEmpty();
        assertThat(RULES.refusal(20, 0))
                .hasValueSatisfying(reason -> assertThat(reason).contains("holds 20 future slots"));
    }

    @Test
    void tenFreeCancellationsInThirtyDaysStopNewBookingsOfThatInstrument() {
        assertThat(RULES.refusal(0, 9)).isEmpty();
        assertThat(RULES.refusal(0, 10))
                .hasValueSatisfying(reason ->
                        assertThat(reason).contains("cancelled 10 slots").contains("within 30 days"));
    }
}
