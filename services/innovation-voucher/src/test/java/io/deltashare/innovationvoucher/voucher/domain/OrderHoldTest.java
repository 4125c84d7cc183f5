package io.deltashare.innovationvoucher.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderHoldTest {

    @Test
    void eachMilestoneRedeemsTheHoldsShareOfItAndTheLastTakesTheRest() {
        OrderHold hold = new OrderHold(UUID.randomUUID(), UUID.randomUUID(), 300_000_00L, 0, 600_000_00L);
        long first = hold.shareOf(300_000_00L, false);
        assertThat(first).isEqualTo(150_000_00L);
        hold = hold.redeemed(first);
        assertThat(hold.shareOf(300_000_00L, true)).isEqualTo(150_000_00L);
    }

    @Test
    void roundingDownNeverLeavesAFenBehindOrRedeemsOneTooMany() {
        // a hold capped by the voucher's balance, over three uneven milestones
        OrderHold hold = new OrderHold(UUID.randomUUID(), UUID.randomUUID(), 100_01L, 0, 333_33L);
        long a = hold.shareOf(111_11L, false);
        hold = hold.redeemed(a);
        long b = hold.shareOf(111_11L, false);
        hold = hold.redeemed(b);
        long c = hold.shareOf(111_11L, true);
        assertThat(a + b + c).isEqualTo(100_01L);
        assertThat(a).isEqualTo(100_01L * 111_11L / 333_33L);
        assertThat(hold.redeemed(c).remainingFen()).isZero();
    }

    @Test
    void aMilestoneNeverRedeemsMoreThanTheHoldKeeps() {
        OrderHold nearlySpent = new OrderHold(UUID.randomUUID(), UUID.randomUUID(), 1_000L, 990L, 2_000L);
        assertThat(nearlySpent.shareOf(1_500L, false)).isEqualTo(10L);
        OrderHold huge = new OrderHold(UUID.randomUUID(), UUID.randomUUID(), 9_000_000_000L, 0, 10_000_000_000L);
        assertThat(huge.shareOf(5_000_000_000L, false)).isEqualTo(4_500_000_000L);
    }
}
