package io.deltashare.settlement.ledger;

import static io.deltashare.settlement.SettlementFixtures.as;
import static io.deltashare.settlement.SettlementFixtures.awaitPosted;
import static io.deltashare.settlement.SettlementFixtures.balance;
import static io.deltashare.settlement.SettlementFixtures.publish;
import static io.deltashare.settlement.SettlementFixtures.redeliver;
import static io.deltashare.testkit.fixtures.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.order.OrderCancelled;
import io.deltashare.contracts.order.OrderMilestoneAccepted;
import io.deltashare.contracts.order.OrderSnapshot;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.platform.time.Clocks;
import io.deltashare.testkit.fixtures.AnOrder;
import io.deltashare.testkit.kafka.Inboxes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Orders for services in the books, as the policy's example plays out: each accepted ¥300,000 milestone of a Jiangsu
 * firm's development order at a Shanghai university is owed by the firm, and the ¥150,000 its voucher pays is owed by
 * the Jiangsu bureau instead, claimed in the bureau's batch as cross-region; a cancellation fee is charged like a
 * booking's. Each event posts once, and the ledger stays balanced.
 */
@QuarkusTest
class OrdersInTheLedgerTest {

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource database;

    @Test
    void acceptedMilestonesAreChargedAndTheVoucherSharesOwedByTheIssuingBureau() {
        UUID firm = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        UUID voucher = UUID.randomUUID();
        AnOrder order =
                anOrder().by(firm, Region.CN_JS).at(provider, Region.CN_SH).paidWith(voucher);
        long bureauBefore = balance(entityManager, "BUREAU_RECEIVABLE", "CN-JS");

        for (int milestone = 1; milestone <= 2; milestone++) {
            OrderSnapshot accepted = order.accepted(milestone);
            CloudEvent charged = publish("booking", new OrderMilestoneAccepted(accepted, milestone));
            CloudEvent paid = publish("innovation-voucher", redeemed(accepted, milestone, voucher));
            awaitPosted(entityManager, charged);
            awaitPosted(entityManager, paid);
            redeliver(charged, new OrderMilestoneAccepted(accepted, milestone));
            redeliver(paid, redeemed(accepted, milestone, voucher));
        }
        CloudEvent marker = publish(
                "booking",
                new OrderMilestoneAccepted(
                        anOrder().by(UUID.randomUUID(), Region.CN_JS).accepted(1), 1));
        awaitPosted(entityManager, marker);

        assertThat(balance(entityManager, "FIRM_RECEIVABLE", firm.toString())).isEqualTo(300_000_00L);
        assertThat(balance(entityManager, "PROVIDER_PAYABLE", provider.toString()))
                .isEqualTo(-600_000_00L);
        assertThat(balance(entityManager, "BUREAU_RECEIVABLE", "CN-JS") - bureauBefore)
                .isEqualTo(300_000_00L);
        as("admin.platform")
                .get("/api/v1/reconciliation/ledger")
                .then()
                .statusCode(200)
                .body("trialBalance.amount", equalTo("0.00"));

        String batch = as("bureau.js")
                .body(Map.of(
                        "region",
                        "CN-JS",
                        "month",
                        YearMonth.now(Clocks.SHANGHAI).toString()))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Map<String, Object>> lines = as("bureau.js")
                .get("/api/v1/claim-batches/" + batch)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("redemptions.findAll { it.orderId == '" + order.build().id() + "' }");
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("crossRegion")).isEqualTo(true);
            assertThat(line.get("bookingId")).isNull();
            assertThat(((Map<?, ?>) line.get("amount")).get("amount")).isEqualTo("150000.00");
            assertThat(((Map<?, ?>) line.get("fee")).get("amount")).isEqualTo("300000.00");
        });
        assertThat(lines).extracting(line -> line.get("milestone")).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aCancelledOrdersFeeIsChargedAndAFreeCancellationPostsNothing() {
        UUID firm = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        AnOrder charged =
                anOrder().by(firm, Region.CN_ZJ).at(provider, Region.CN_SH).status("CANCELLED");
        AnOrder free =
                anOrder().by(firm, Region.CN_ZJ).at(provider, Region.CN_SH).status("CANCELLED");

        awaitPosted(entityManager, publish("booking", new OrderCancelled(charged.build(), Money.parse("120000.00"))));
        Inboxes.awaitTaken(database, publish("booking", new OrderCancelled(free.build(), Money.ZERO)));

        assertThat(balance(entityManager, "FIRM_RECEIVABLE", firm.toString())).isEqualTo(120_000_00L);
        assertThat(balance(entityManager, "PROVIDER_PAYABLE", provider.toString()))
                .isEqualTo(-120_000_00L);
        assertThat(transactionsOfOrder(free.build().id())).isZero();
        assertThat(transactionsOfOrder(charged.build().id())).isEqualTo(1);
    }

    @Test
    void aSandboxPartnersOrderPostsNothing() {
        UUID firm = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        AnOrder test = anOrder()
                .by(firm, Region.CN_ZJ)
                .at(provider, Region.CN_SH)
                .status("ACTIVE")
                .inTheSandbox();

        Inboxes.awaitTaken(database, publish("booking", new OrderMilestoneAccepted(test.accepted(1), 1)));
        Inboxes.awaitTaken(
                database,
                publish("booking", new OrderCancelled(test.status("CANCELLED").build(), Money.parse("60000.00"))));

        assertThat(transactionsOfOrder(test.build().id())).isZero();
        assertThat(balance(entityManager, "FIRM_RECEIVABLE", firm.toString())).isZero();
    }

    private static VoucherRedeemedForMilestone redeemed(OrderSnapshot order, int milestone, UUID voucher) {
        return new VoucherRedeemedForMilestone(
                voucher,
                order.id(),
                milestone,
                UUID.randomUUID(),
                Region.CN_JS,
                order.firmOrganizationId(),
                order.providerOrganizationId(),
                order.providerRegion(),
                ServiceKind.DEVELOPMENT,
                order.category(),
                order.milestones().get(milestone - 1).amount(),
                Money.parse("150000.00"),
                Money.parse(milestone == 1 ? "150000.00" : "0.00"),
                Instant.now(),
                null);
    }

    private long transactionsOfOrder(UUID order) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM journal_transaction WHERE order_id = ?1")
                                .setParameter(1, order)
                                .getSingleResult())
                        .longValue());
    }
}
