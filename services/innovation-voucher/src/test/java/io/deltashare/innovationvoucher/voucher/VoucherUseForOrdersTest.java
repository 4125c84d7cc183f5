package io.deltashare.innovationvoucher.voucher;

import static io.deltashare.innovationvoucher.VoucherFixtures.ALL_REGIONS;
import static io.deltashare.innovationvoucher.VoucherFixtures.aProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.as;
import static io.deltashare.innovationvoucher.VoucherFixtures.awaitVoucherEvent;
import static io.deltashare.innovationvoucher.VoucherFixtures.issuedVoucher;
import static io.deltashare.innovationvoucher.VoucherFixtures.openProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.publishBookingEvent;
import static io.deltashare.innovationvoucher.VoucherFixtures.yuan;
import static io.deltashare.testkit.fixtures.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.order.OrderCancelled;
import io.deltashare.contracts.order.OrderCompleted;
import io.deltashare.contracts.order.OrderMilestoneAccepted;
import io.deltashare.contracts.order.OrderPlaced;
import io.deltashare.contracts.voucher.VoucherHeldForOrder;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.contracts.voucher.VoucherRefusedForOrder;
import io.deltashare.contracts.voucher.VoucherReleasedFromOrder;
import io.deltashare.platform.time.Clocks;
import io.deltashare.testkit.fixtures.AnOrder;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Order events hold a voucher's share at order and redeem it milestone by milestone, as the policy's example plays
 * it: a Jiangsu firm's ¥300,000 voucher at 50 % pays ¥150,000 of each of two ¥300,000 milestones of a Shanghai
 * university's development service. Kinds of service a program does not pay for are refused with the reason.
 */
@QuarkusTest
class VoucherUseForOrdersTest {

    /** A Jiangsu program paying half of development services in equipment development, ¥300,000 a voucher. */
    static Map<String, Object> developmentProgram(List<String> kinds) {
        Map<String, Object> program = aProgram("CN-JS", ALL_REGIONS);
        program.put("totalBudget", yuan("10000000.00"));
        program.put("capPerFirmPerYear", yuan("300000.00"));
        program.put("faceValue", yuan("300000.00"));
        program.put("serviceKinds", kinds);
        program.put("eligibleCategories", List.of("equipment-development", "product-testing"));
        return program;
    }

    @Test
    void aVoucherHoldsItsShareAtOrderAndRedeemsEachAcceptedMilestoneOnce() throws Exception {
        String program = openProgram("bureau.js", developmentProgram(List.of("DEVELOPMENT")));
        as("bureau.js")
                .get("/api/v1/voucher-programs/" + program)
                .then()
                .body("serviceKinds", equalTo(List.of("DEVELOPMENT")));
        UUID voucher = UUID.fromString(issuedVoucher("firm.js-biomed", "bureau.js", program));
        Map<String, Object> before = statistics();
        AnOrder order = anOrder().paidWith(voucher).status("AWAITING_VOUCHER");

        publishBookingEvent(new OrderPlaced(order.build()));
        VoucherHeldForOrder held =
                read(awaitVoucherEvent("VoucherHeldForOrder", order.build().id()), VoucherHeldForOrder.class);
        assertThat(held.held()).isEqualTo(Money.parse("300000.00"));
        assertThat(held.remainingBalance()).isEqualTo(Money.ZERO);

        publishBookingEvent(new OrderMilestoneAccepted(order.status("ACTIVE").accepted(1), 1));
        VoucherRedeemedForMilestone first = read(
                awaitVoucherEvent("VoucherRedeemedForMilestone", order.build().id()),
                VoucherRedeemedForMilestone.class);
        assertThat(first.milestone()).isEqualTo(1);
        assertThat(first.redeemed()).isEqualTo(Money.parse("150000.00"));
        assertThat(first.stillHeld()).isEqualTo(Money.parse("150000.00"));
        assertThat(first.issuingRegion()).isEqualTo(Region.CN_JS);
        assertThat(first.providerRegion()).isEqualTo(Region.CN_SH);
        assertThat(first.kind()).isEqualTo(ServiceKind.DEVELOPMENT);

        publishBookingEvent(new OrderMilestoneAccepted(order.accepted(2), 2));
        publishBookingEvent(new OrderCompleted(order.accepted(2)));
        // the same acceptance again, as a new message (not a redelivery the inbox would know): no second payment
        publishBookingEvent(new OrderMilestoneAccepted(order.accepted(2), 2));
        publishBookingEvent(new OrderMilestoneAccepted(order.accepted(1), 1));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> as("firm.js-biomed")
                        .get("/api/v1/vouchers/" + voucher)
                        .then()
                        .statusCode(200)
                        .body("redeemed.amount", equalTo("300000.00"))
                        .body("held.amount", equalTo("0.00"))
                        .body("balance.amount", equalTo("0.00"))
                        .body("history.kind", equalTo(List.of("ISSUED", "HELD", "REDEEMED", "REDEEMED")))
                        .body("history[1].orderId", equalTo(order.build().id().toString())));

        Map<String, Object> after = statistics();
        assertThat(fen(after, "crossRegionRedeemed") - fen(before, "crossRegionRedeemed"))
                .isEqualTo(300_000_00L);
        assertThat(fen(after, "crossRegionServicesBought") - fen(before, "crossRegionServicesBought"))
                .isEqualTo(600_000_00L);
        assertThat(((Number) after.get("redeemedOrderMilestones")).longValue()
                        - ((Number) before.get("redeemedOrderMilestones")).longValue())
                .isEqualTo(2);
    }

    @Test
    void aSandboxPartnersOrderIsPaidByNoVoucher() throws Exception {
        String program = openProgram("bureau.js", developmentProgram(List.of("DEVELOPMENT")));
        UUID voucher = UUID.fromString(issuedVoucher("firm.js-biomed", "bureau.js", program));
        AnOrder order = anOrder().paidWith(voucher).status("AWAITING_VOUCHER").inTheSandbox();

        publishBookingEvent(new OrderPlaced(order.build()));
        assertThat(read(
                                awaitVoucherEvent(
                                        "VoucherRefusedForOrder", order.build().id()),
                                VoucherRefusedForOrder.class)
                        .reason())
                .contains("sandbox");
        as("firm.js-biomed")
                .get("/api/v1/vouchers/" + voucher)
                .then()
                .body("held.amount", equalTo("0.00"))
                .body("history.kind", equalTo(List.of("ISSUED")));
    }

    @Test
    void aVoucherForTestingOnlyCannotPayAnOrderForDevelopment() throws Exception {
        String program = openProgram("bureau.js", developmentProgram(List.of("TESTING")));
        UUID voucher = UUID.fromString(issuedVoucher("firm.js-biomed", "bureau.js", program));
        AnOrder order = anOrder().paidWith(voucher).status("AWAITING_VOUCHER");

        publishBookingEvent(new OrderPlaced(order.build()));
        VoucherRefusedForOrder refused =
                read(awaitVoucherEvent("VoucherRefusedForOrder", order.build().id()), VoucherRefusedForOrder.class);
        assertThat(refused.reason()).isEqualTo("the voucher does not pay for DEVELOPMENT; it pays for [TESTING]");
        as("firm.js-biomed").get("/api/v1/vouchers/" + voucher).then().body("balance.amount", equalTo("300000.00"));
    }

    @Test
    void aCancelledOrderGivesBackWhatTheHoldKept() throws Exception {
        String program = openProgram("bureau.js", developmentProgram(List.of("DEVELOPMENT", "TESTING")));
        UUID voucher = UUID.fromString(issuedVoucher("firm.js-biomed", "bureau.js", program));
        AnOrder order = anOrder().paidWith(voucher).status("AWAITING_VOUCHER");
        publishBookingEvent(new OrderPlaced(order.build()));
        awaitVoucherEvent("VoucherHeldForOrder", order.build().id());
        publishBookingEvent(new OrderMilestoneAccepted(order.status("ACTIVE").accepted(1), 1));
        publishBookingEvent(new OrderCancelled(order.status("CANCELLED").accepted(1), Money.parse("60000.00")));

        VoucherReleasedFromOrder released =
                read(awaitVoucherEvent("VoucherReleasedFromOrder", order.build().id()), VoucherReleasedFromOrder.class);
        assertThat(released.released()).isEqualTo(Money.parse("150000.00"));
        assertThat(released.remainingBalance()).isEqualTo(Money.parse("150000.00"));
        as("firm.js-biomed")
                .get("/api/v1/vouchers/" + voucher)
                .then()
                .body("redeemed.amount", equalTo("150000.00"))
                .body("held.amount", equalTo("0.00"));
    }

    private static Map<String, Object> statistics() {
        int year = LocalDate.now(Clocks.SHANGHAI).getYear();
        return as("bureau.js")
                .get("/api/v1/voucher-statistics?year=" + year)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("regions[0]");
    }

    private static long fen(Map<String, Object> stats, String field) {
        return Money.parse(((Map<?, ?>) stats.get(field)).get("amount").toString())
                .fen();
    }

    private static <T> T read(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, Class<T> type)
            throws Exception {
        return EventJson.mapper().readValue(record.value(), type);
    }
}
