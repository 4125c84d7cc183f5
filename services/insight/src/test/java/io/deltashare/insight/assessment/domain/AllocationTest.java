package io.deltashare.insight.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");
    private static final UUID D = UUID.fromString("00000000-0000-4000-8000-00000000000d");

    @Test
    void theBudgetIsSharedByScoreToTheFen() {
        List<Allocation.Share> shares = Allocation.of(
                100_000_00, List.of(scored(A, "60.00"), scored(B, "30.00"), scored(C, "10.00")), BigDecimal.ZERO);
        assertThat(shares).extracting(Allocation.Share::fen).containsExactly(60_000_00L, 30_000_00L, 10_000_00L);
    }

    @Test
    void theFenLeftOverGoToTheLargestRemaindersAndTheSharesAddUpExactly() {
        // ¥1.00 among three equal scores: 33, 33, 33 and one fen left, to the lowest id among equals
        List<Allocation.Share> shares = Allocation.of(
                100, List.of(scored(C, "50.00"), scored(B, "50.00"), scored(A, "50.00")), BigDecimal.ZERO);
        assertThat(shares).extracting(Allocation.Share::fen).containsExactly(33L, 33L, 34L);
        assertThat(shares.stream().mapToLong(Allocation.Share::fen).sum()).isEqualTo(100);
    }

    @Test
    void onlyScoresThatReachTheMinimumShare() {
        List<Allocation.Share> shares = Allocation.of(
                999_99,
                List.of(scored(A, "70.10"), scored(B, "19.99"), scored(C, "20.00"), scored(D, "0.00")),
                new BigDecimal("20"));
        assertThat(shares).extracting(Allocation.Share::providerId).containsExactly(A, C);
        assertThat(shares.stream().mapToLong(Allocation.Share::fen).sum()).isEqualTo(999_99);
    }

    @Test
    void theSameScoresAlwaysGiveTheSameShares() {
        List<Allocation.Scored> scored = List.of(scored(A, "33.33"), scored(B, "66.67"), scored(C, "12.34"));
        assertThat(Allocation.of(1_000_000_01L, scored, BigDecimal.ZERO))
                .isEqualTo(Allocation.of(1_000_000_01L, scored, BigDecimal.ZERO));
    }

    @Test
    void nobodyEligibleGetsNothing() {
        assertThat(Allocation.of(100, List.of(scored(A, "10.00")), new BigDecimal("20")))
                .isEmpty();
    }

    private static Allocation.Scored scored(UUID provider, String score) {
        return new Allocation.Scored(provider, new BigDecimal(score));
    }
}
