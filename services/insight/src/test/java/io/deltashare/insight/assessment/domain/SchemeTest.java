package io.deltashare.insight.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemeTest {

    @Test
    void theDefaultSchemeIsUsableAndCountsServiceToIndustryFirst() {
        assertThat(Scheme.DEFAULT.violations()).isEmpty();
        assertThat(Scheme.DEFAULT.criteria().get(0).indicator()).isEqualTo(Indicator.ENTERPRISE_HOURS);
    }

    @Test
    void aSchemeMayListEveryIndicatorOnce() {
        assertThat(Scheme.MOST_CRITERIA).isEqualTo(Indicator.values().length);
    }

    @Test
    void pointsGrowInProportionBetweenThresholdAndTargetAndStopThere() {
        Criterion utilisation =
                new Criterion(Indicator.UTILISATION, 20, new BigDecimal("0.10"), new BigDecimal("0.60"));
        assertThat(utilisation.points(new BigDecimal("0.05"))).isEqualByComparingTo("0");
        assertThat(utilisation.points(new BigDecimal("0.35"))).isEqualByComparingTo("10");
        assertThat(utilisation.points(new BigDecimal("0.90"))).isEqualByComparingTo("20");
        assertThat(utilisation.points(null)).isEqualByComparingTo("0");
    }

    @Test
    void aTargetBelowTheThresholdMeansFewerIsBetter() {
        Criterion response = new Criterion(Indicator.RESPONSE_HOURS, 10, new BigDecimal("72"), new BigDecimal("24"));
        assertThat(response.points(new BigDecimal("48"))).isEqualByComparingTo("5");
        assertThat(response.points(new BigDecimal("12"))).isEqualByComparingTo("10");
        assertThat(response.points(new BigDecimal("100"))).isEqualByComparingTo("0");
    }

    @Test
    void aScoreIsTheSumOfItsPointsToTwoDecimals() {
        Scheme.Score score = Scheme.DEFAULT.score(Map.of(
                Indicator.ENTERPRISE_HOURS, new BigDecimal("250"),
                Indicator.CROSS_REGION_REVENUE, new BigDecimal("200000.00"),
                Indicator.UTILISATION, new BigDecimal("0.10"),
                Indicator.FIRMS_SERVED, new BigDecimal("7"),
                Indicator.RATING, new BigDecimal("4.00")));
        // 15 + 25 + 0 + 3.5 + 7.5
        assertThat(score.total()).isEqualByComparingTo("51.00");
        assertThat(score.points().get(Indicator.FIRMS_SERVED)).isEqualByComparingTo("3.5");
    }

    @Test
    void aSchemeNamesWhatIsWrongWithIt() {
        Scheme wrong = new Scheme(
                List.of(
                        new Criterion(Indicator.RATING, 60, BigDecimal.ONE, BigDecimal.ONE),
                        new Criterion(Indicator.RATING, 30, BigDecimal.ZERO, BigDecimal.TEN)),
                new BigDecimal("101"));
        assertThat(wrong.violations())
                .extracting(v -> v.field())
                .containsExactlyInAnyOrder("criteria[1].indicator", "criteria[0].target", "criteria", "minimumScore");
        assertThat(new Scheme(List.of(), BigDecimal.ZERO).violations())
                .extracting(v -> v.field())
                .containsExactly("criteria");
    }
}
