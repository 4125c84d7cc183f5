package io.deltashare.contracts.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.events.GoldenJson;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the wire format of every order event. */
class OrderEventsGoldenTest {

    /** The policy's example: a Jiangsu firm's ¥600,000 pump development at a Shanghai university, in two parts. */
    static OrderSnapshot aPumpDevelopment(String status, String first, String second) {
        return new OrderSnapshot(
                UUID.fromString("0dde0000-0000-4000-8000-000000000001"),
                UUID.fromString("0dde0000-0000-4000-8000-0000000000a1"),
                UUID.fromString("0dde0000-0000-4000-8000-0000000000b1"),
                UUID.fromString("5e7d0c1b-0000-4000-8000-000000000078"),
                UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000101"),
                Region.CN_JS,
                UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"),
                UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201"),
                Region.CN_SH,
                ServiceKind.DEVELOPMENT,
                "equipment-development",
                new LocalizedText("自吸泵与排水机器人联合开发", "Self-priming pump and drainage robot development"),
                "Tracked remote-controlled diesel self-priming pump",
                Money.parse("600000.00"),
                List.of(
                        new OrderSnapshot.Milestone(
                                1,
                                "Prototype pump and test report",
                                Money.parse("300000.00"),
                                LocalDate.of(2027, 3, 31),
                                first),
                        new OrderSnapshot.Milestone(
                                2,
                                "Drainage robot system",
                                Money.parse("300000.00"),
                                LocalDate.of(2027, 6, 30),
                                second)),
                20,
                UUID.fromString("3c3c0000-0000-4000-8000-000000000001"),
                Money.parse("300000.00"),
                status,
                Instant.parse("2026-12-01T02:00:00Z"),
                3,
                false);
    }

    @Test
    void orderPlaced() {
        GoldenJson.assertMatches(
                new OrderPlaced(aPumpDevelopment("AWAITING_VOUCHER", "PENDING", "PENDING")), "order-placed.v1.json");
    }

    /** {@code sandbox} was added to v1 later: an order event written before it reads as a real order. */
    @Test
    void anOrderEventFromBeforeSandboxesReadsAsReal() {
        assertThat(GoldenJson.readWithout("order-placed.v1.json", "sandbox", OrderPlaced.class))
                .isEqualTo(new OrderPlaced(aPumpDevelopment("AWAITING_VOUCHER", "PENDING", "PENDING")))
                .extracting(placed -> placed.order().sandbox())
                .isEqualTo(false);
    }

    @Test
    void orderConfirmed() {
        GoldenJson.assertMatches(
                new OrderConfirmed(aPumpDevelopment("ACTIVE", "PENDING", "PENDING")), "order-confirmed.v1.json");
    }

    @Test
    void orderMilestoneDelivered() {
        GoldenJson.assertMatches(
                new OrderMilestoneDelivered(aPumpDevelopment("ACTIVE", "DELIVERED", "PENDING"), 1),
                "order-milestone-delivered.v1.json");
    }

    @Test
    void orderMilestoneAccepted() {
        GoldenJson.assertMatches(
                new OrderMilestoneAccepted(aPumpDevelopment("ACTIVE", "ACCEPTED", "PENDING"), 1),
                "order-milestone-accepted.v1.json");
    }

    @Test
    void orderMilestoneDisputed() {
        GoldenJson.assertMatches(
                new OrderMilestoneDisputed(
                        aPumpDevelopment("ACTIVE", "ACCEPTED", "DISPUTED"),
                        2,
                        "the flow rate is below the agreed 80 m³/h"),
                "order-milestone-disputed.v1.json");
    }

    @Test
    void orderCompleted() {
        GoldenJson.assertMatches(
                new OrderCompleted(aPumpDevelopment("COMPLETED", "ACCEPTED", "ACCEPTED")), "order-completed.v1.json");
    }

    @Test
    void orderCancelled() {
        GoldenJson.assertMatches(
                new OrderCancelled(aPumpDevelopment("CANCELLED", "ACCEPTED", "PENDING"), Money.parse("60000.00")),
                "order-cancelled.v1.json");
    }

    @Test
    void orderRejected() {
        GoldenJson.assertMatches(
                new OrderRejected(
                        aPumpDevelopment("REJECTED", "PENDING", "PENDING"), "the voucher does not pay for DEVELOPMENT"),
                "order-rejected.v1.json");
    }
}
