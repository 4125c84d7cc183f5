package io.deltashare.notification.notice;

import static io.deltashare.notification.NotificationFixtures.JS_BIOMED_FIRM;
import static io.deltashare.notification.NotificationFixtures.JS_BUREAU;
import static io.deltashare.notification.NotificationFixtures.SH_CENTRE_STAFF;
import static io.deltashare.notification.NotificationFixtures.WUJIANG_BUREAU;
import static io.deltashare.notification.NotificationFixtures.awaitMails;
import static io.deltashare.notification.NotificationFixtures.publish;
import static io.deltashare.testkit.fixtures.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.order.OrderPlaced;
import io.deltashare.contracts.settlement.ClaimBatchApproved;
import io.deltashare.contracts.settlement.ClaimBatchPaid;
import io.deltashare.contracts.settlement.ClaimBatchSubmitted;
import io.deltashare.contracts.settlement.StatementIssued;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.mail.LocalMailServer.Received;
import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A claim batch's way to payment, a statement and an order, told by e-mail: the batch waiting for approval to the
 * officers of the bureau that pays it (here a pilot locality's), approved to the finance officers, paid to the
 * province's bureau; the statement to the firm; the order to the provider's staff.
 */
@QuarkusTest
class ClaimsStatementsAndOrdersByMailTest {

    private static final String FINANCE = "finance.platform@demo.deltashare.io";

    @Test
    void aLocalitysClaimBatchReachesItsBureauForApprovalThenFinanceThenTheProvincesBureauWhenPaid() {
        UUID batch = UUID.randomUUID();
        String reference = batch.toString().substring(0, 8);
        CloudEvent submitted = publish(
                "settlement",
                new ClaimBatchSubmitted(
                        batch,
                        Region.CN_JS,
                        DemoRealm.JS_WUJIANG,
                        YearMonth.of(2026, 11),
                        3,
                        Money.parse("2100.00"),
                        Money.parse("525.00")));
        Received waiting = awaitMails(submitted, 1).get(0);
        assertThat(waiting.to()).containsExactly(WUJIANG_BUREAU);
        assertThat(waiting.subject()).isEqualTo("兑付批次待审批：江苏省 Jiangsu (CN-JS) 2026-11，¥2,100.00");
        assertThat(waiting.text()).contains(reference, "其中跨区域：¥525.00", "/api/v1/claim-batches/" + batch + "/report");

        CloudEvent approved = publish(
                "settlement",
                new ClaimBatchApproved(
                        batch, Region.CN_JS, YearMonth.of(2026, 11), 3, Money.parse("2100.00"), Money.parse("525.00")));
        Received toPay = awaitMails(approved, 1).get(0);
        assertThat(toPay.to()).containsExactly(FINANCE);
        assertThat(toPay.subject()).startsWith("兑付批次已审批，待支付");

        CloudEvent paid = publish(
                "settlement",
                new ClaimBatchPaid(
                        batch, Region.CN_JS, YearMonth.of(2026, 11), Money.parse("2100.00"), UUID.randomUUID()));
        Received payment = awaitMails(paid, 1).get(0);
        assertThat(payment.to()).containsExactly(JS_BUREAU);
        assertThat(payment.subject()).isEqualTo("兑付批次已支付：2026-11，¥2,100.00");
    }

    @Test
    void aFirmsStatementReachesTheFirmAndAnOrderTheProvidersStaff() {
        CloudEvent issued = publish(
                "settlement",
                new StatementIssued(
                        UUID.randomUUID(),
                        "FIRM",
                        DemoRealm.JS_BIOMED,
                        null,
                        YearMonth.of(2026, 11),
                        Money.ZERO,
                        Money.parse("1200.00"),
                        4));
        Received statement = awaitMails(issued, 1).get(0);
        assertThat(statement.to()).containsExactly(JS_BIOMED_FIRM);
        assertThat(statement.subject()).isEqualTo("Your statement for 2026-11 is issued");
        assertThat(statement.text()).contains("Closing balance: ¥1,200.00", "Lines: 4");

        CloudEvent placed = publish(
                "booking",
                new OrderPlaced(anOrder()
                        .by(DemoRealm.JS_BIOMED, Region.CN_JS)
                        .at(DemoRealm.SH_ANALYSIS_CENTRE, Region.CN_SH)
                        .costing("600000.00", 2)
                        .build()));
        Received order = awaitMails(placed, 1).get(0);
        assertThat(order.to()).containsExactly(SH_CENTRE_STAFF);
        assertThat(order.subject()).startsWith("新订单：联合开发");
        assertThat(order.text()).contains("金额：¥600,000.00", "Drainage robot with a self-priming pump");
    }
}
