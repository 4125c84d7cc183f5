package io.deltashare.booking.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.platform.decision.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceOrderTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    static ServiceOrder placed(UUID voucher) {
        OrderParties parties = new OrderParties(
                UUID.randomUUID(),
                Region.CN_JS,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                Region.CN_SH,
                ServiceKind.DEVELOPMENT,
                "equipment-development",
                new LocalizedText("自吸泵开发", "Pump development"),
                false);
        List<Milestone> milestones = List.of(
                new Milestone(
                        1,
                        "prototype",
                        300_000_00L,
                        LocalDate.of(2027, 3, 31),
                        MilestoneStatus.PENDING,
                        null,
                        null,
                        null,
                        null),
                new Milestone(
                        2,
                        "robot",
                        300_000_00L,
                        LocalDate.of(2027, 6, 30),
                        MilestoneStatus.PENDING,
                        null,
                        null,
                        null,
                        null));
        return ServiceOrder.place(new ServiceOrder(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        parties,
                        "Drainage robot",
                        "prototype, robot",
                        600_000_00L,
                        milestones,
                        20,
                        "20 % of what is not yet accepted",
                        voucher,
                        0,
                        null,
                        null,
                        NOW,
                        0))
                .order();
    }

    @Test
    void anOrderWithAVoucherWaitsForItsHold() {
        ServiceOrder waiting = placed(UUID.randomUUID());
        assertThat(waiting.status()).isEqualTo(OrderStatus.AWAITING_VOUCHER);
        assertThat(waiting.deliver(1, "x", NOW).rejected()).isPresent();
        ServiceOrder active = waiting.voucherHeld(300_000_00L).orElseThrow().order();
        assertThat(active.status()).isEqualTo(OrderStatus.ACTIVE);
        assertThat(active.voucherHeldFen()).isEqualTo(300_000_00L);
        assertThat(active.voucherHeld(1).rejected()).isPresent();
        assertThat(waiting.voucherRefused("expired").orElseThrow().order().status())
                .isEqualTo(OrderStatus.REJECTED);
        assertThat(placed(null).status()).isEqualTo(OrderStatus.ACTIVE);
    }

    @Test
    void eachMilestoneIsDeliveredThenAcceptedAndTheLastCompletesTheOrder() {
        ServiceOrder order = placed(null);
        assertThat(order.acceptMilestone(1, NOW).rejected())
                .map(Rejection::type)
                .hasValue("milestone-not-delivered");
        order = order.deliver(1, "report attached", NOW).orElseThrow().order();
        assertThat(order.deliver(1, "again", NOW).rejected())
                .map(Rejection::type)
                .hasValue("milestone-not-open");
        order = order.acceptMilestone(1, NOW).orElseThrow().order();
        assertThat(order.status()).isEqualTo(OrderStatus.ACTIVE);
        assertThat(order.milestone(1).status()).isEqualTo(MilestoneStatus.ACCEPTED);

        order = order.deliver(2, "robot shipped", NOW).orElseThrow().order();
        assertThat(order.dispute(2, " ").rejected()).isPresent();
        order = order.dispute(2, "flow rate below 80 m³/h").orElseThrow().order();
        assertThat(order.milestone(2).status()).isEqualTo(MilestoneStatus.DISPUTED);
        order = order.deliver(2, "pump replaced", NOW).orElseThrow().order();
        OrderEvent last = order.acceptMilestone(2, NOW).orElseThrow();
        assertThat(last).isInstanceOf(OrderEvent.MilestoneAccepted.class);
        assertThat(last.order().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(last.order().cancel().rejected()).isPresent();
        assertThat(order.deliver(3, "x", NOW).rejected()).map(Rejection::kind).hasValue(Rejection.Kind.NOT_FOUND);
    }

    @Test
    void cancellingCostsTheQuotedShareOfWhatWasNotAccepted() {
        ServiceOrder order = placed(null);
        assertThat(order.cancellationFee()).isEqualTo(120_000_00L);
        order = order.deliver(1, "x", NOW).orElseThrow().order();
        order = order.acceptMilestone(1, NOW).orElseThrow().order();
        OrderEvent.Cancelled cancelled = (OrderEvent.Cancelled) order.cancel().orElseThrow();
        assertThat(cancelled.feeFen()).isEqualTo(60_000_00L);
        assertThat(cancelled.order().status()).isEqualTo(OrderStatus.CANCELLED);
    }
}
