package io.deltashare.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class YearPlanTest {

    @Test
    void theFullYearAddsUpToThePublishedFiguresOf2023() {
        YearPlan plan = YearPlan.atPercent(100);

        assertThat(plan.firmsApplied()).isEqualTo(2377);
        assertThat(plan.crossRegionServicesBoughtFen()).isEqualTo(146_000_000_00L);
        assertThat(plan.cashedFen()).isEqualTo(39_680_000_00L);
        assertThat(plan.orders()).isEqualTo(730 + 262);
        assertThat(plan.bookings()).isEqualTo(2377 - 992);
        assertThat(plan.samplesServed()).isBetween(plan.bookings(), 5 * plan.bookings());
    }

    @Test
    void onePercentIsTheSameYearScaledDownToTheFen() {
        YearPlan plan = YearPlan.atPercent(1);

        assertThat(plan.firmsApplied()).isEqualTo(24);
        assertThat(plan.crossRegionServicesBoughtFen()).isEqualTo(1_460_000_00L);
        assertThat(plan.cashedFen()).isEqualTo(396_800_00L);
    }

    @Test
    void everyMonthsClaimBatchesTogetherCashWhatTheYearCashes() {
        YearPlan plan = YearPlan.atPercent(100);

        long claimed = YearPlan.REGIONS.stream()
                .flatMap(region -> IntStream.rangeClosed(1, 12).mapToObj(month -> plan.claimedFen(region, month)))
                .mapToLong(Long::longValue)
                .sum();
        assertThat(claimed).isEqualTo(plan.cashedFen());
    }

    @Test
    void aFirmThatOrdersAppliesInTheMonthItOrdersAndNoVoucherExceedsItsFaceValue() {
        for (YearPlan.Firm firm : YearPlan.atPercent(100).firms()) {
            if (firm.getsVoucher()) {
                assertThat(firm.order().month()).isEqualTo(firm.month());
                assertThat(firm.order().voucherFen()).isBetween(1L, YearPlan.FACE_VALUE_FEN);
            }
        }
    }

    @Test
    void firmsApplyInEveryMonthOfTheYear() {
        YearPlan plan = YearPlan.atPercent(100);

        IntStream.rangeClosed(1, 12)
                .forEach(month -> assertThat(plan.applyingIn(month)).hasSizeGreaterThan(190));
    }

    @Test
    void aScaleOutsideOneToAHundredPercentIsRefused() {
        assertThatThrownBy(() -> YearPlan.atPercent(0)).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> YearPlan.atPercent(101)).hasMessageContaining("1 to 100");
    }
}
