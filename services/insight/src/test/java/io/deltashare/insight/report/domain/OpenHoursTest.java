package io.deltashare.insight.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpenHoursTest {

    private static final int[] WEEKDAYS_NINE_TO_FIVE = {480, 480, 480, 480, 480, 0, 0};

    @Test
    void aWeekdayInstrumentIsOpenEightHoursOnEachWeekdayOfTheSpan() {
        // 2025 begins on a Wednesday: 52 weeks and one day, 261 weekdays
        assertThat(OpenHours.between(WEEKDAYS_NINE_TO_FIVE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .isEqualByComparingTo("2088.00");
        // a Saturday and a Sunday
        assertThat(OpenHours.between(WEEKDAYS_NINE_TO_FIVE, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2)))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void anEmptySpanOrUnknownHoursAreNoHours() {
        assertThat(OpenHours.between(WEEKDAYS_NINE_TO_FIVE, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)))
                .isEqualByComparingTo("0.00");
        assertThat(OpenHours.between(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void minutesBecomeHoursToTheHundredth() {
        assertThat(OpenHours.hours(90)).isEqualByComparingTo("1.50");
        assertThat(OpenHours.hours(1)).isEqualTo(new BigDecimal("0.02"));
    }

    @Test
    void aShareHasFourDecimalsAndNothingDividesByNothing() {
        assertThat(OpenHours.share(new BigDecimal("8.50"), new BigDecimal("3192.00")))
                .isEqualTo("0.0027");
        assertThat(OpenHours.share(new BigDecimal("2"), new BigDecimal("3"))).isEqualTo("0.6667");
        assertThat(OpenHours.share(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }
}
