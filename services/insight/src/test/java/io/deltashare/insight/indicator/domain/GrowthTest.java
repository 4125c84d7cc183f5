package io.deltashare.insight.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GrowthTest {

    @Test
    void growthIsTheIncreaseAsAMultipleOfTheBaseAsTheProvincesPublishIt() {
        // 2,377 firms in 2023 against 326 in 2021: 增长6.3倍
        assertThat(Growth.of(2377, 326)).isEqualTo("6.29");
        assertThat(Growth.of(730, 100)).isEqualTo("6.30");
        assertThat(Growth.of(100, 100)).isEqualTo("0.00");
    }

    @Test
    void aFallIsANegativeGrowth() {
        assertThat(Growth.of(50, 200)).isEqualTo("-0.75");
    }

    @Test
    void growthRoundsHalfUpToTwoDecimals() {
        assertThat(Growth.of(1, 3)).isEqualTo("-0.67");
        assertThat(Growth.of(new BigDecimal("12.50"), new BigDecimal("8.00"))).isEqualTo("0.56");
    }

    @Test
    void aBaseOfZeroHasNoGrowthToState() {
        assertThat(Growth.of(10, 0)).isNull();
        assertThat(Growth.of(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
    }
}
