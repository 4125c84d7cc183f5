package io.deltashare.settlement.subsidy;

import static io.deltashare.settlement.SettlementFixtures.as;
import static io.deltashare.settlement.SettlementFixtures.awaitPosted;
import static io.deltashare.settlement.SettlementFixtures.balance;
import static io.deltashare.settlement.SettlementFixtures.publish;
import static io.deltashare.settlement.SettlementFixtures.redeliver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.insight.SubsidiesApproved;
import io.deltashare.contracts.money.Money;
import io.deltashare.testkit.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Subsidies a bureau approved in insight: posted once as what the bureau owes and each provider is owed, paid out
 * once by finance, which takes both back down and tells insight; the trial balance stays zero throughout.
 */
@QuarkusTest
class SubsidiesInTheLedgerTest {

    @Inject
    EntityManager entityManager;

    @Test
    void anApprovalIsPostedOnceAndItsPayoutTakesItBack() {
        UUID allocation = UUID.randomUUID();
        UUID centre = UUID.randomUUID();
        UUID institute = UUID.randomUUID();
        long bureauBefore = balance(entityManager, "BUREAU_RECEIVABLE", "CN-ZJ");
        SubsidiesApproved approved = new SubsidiesApproved(
                allocation,
                UUID.randomUUID(),
                Region.CN_ZJ,
                2025,
                Money.parse("100000.00"),
                List.of(
                        new SubsidiesApproved.Line(UUID.randomUUID(), centre, Money.parse("60000.01")),
                        new SubsidiesApproved.Line(UUID.randomUUID(), institute, Money.parse("39999.99"))));
        CloudEvent envelope = publish("insight", approved);
        awaitPosted(entityManager, envelope);
        redeliver(envelope, approved);

        assertThat(balance(entityManager, "BUREAU_RECEIVABLE", "CN-ZJ") - bureauBefore)
                .isEqualTo(10_000_000);
        assertThat(balance(entityManager, "PROVIDER_PAYABLE", centre.toString()))
                .isEqualTo(-6_000_001);
        assertThat(balance(entityManager, "PROVIDER_PAYABLE", institute.toString()))
                .isEqualTo(-3_999_999);
        as("bureau.zj")
                .get("/api/v1/subsidies/" + allocation)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("total.amount", equalTo("100000.00"))
                .body("lines.amount.amount", equalTo(List.of("60000.01", "39999.99")));
        as("bureau.js").get("/api/v1/subsidies/" + allocation).then().statusCode(404);
        as("bureau.zj")
                .body(Map.of("reference", "ZJ-2026-1"))
                .post("/api/v1/subsidies/" + allocation + "/payment")
                .then()
                .statusCode(403);

        as("finance.platform")
                .body(Map.of("reference", "ZJ-FIN-2026-0042"))
                .post("/api/v1/subsidies/" + allocation + "/payment")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"))
                .body("paymentReference", equalTo("ZJ-FIN-2026-0042"));
        as("finance.platform")
                .body(Map.of("reference", "ZJ-FIN-2026-0042"))
                .post("/api/v1/subsidies/" + allocation + "/payment")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat(balance(entityManager, "BUREAU_RECEIVABLE", "CN-ZJ")).isEqualTo(bureauBefore);
        assertThat(balance(entityManager, "PROVIDER_PAYABLE", centre.toString()))
                .isZero();
        assertThat(TopicReader.awaitEvent(
                                Topics.LEDGER,
                                allocation.toString(),
                                "io.deltashare.settlement.SubsidiesPaid.v1",
                                Duration.ofSeconds(30))
                        .value())
                .contains("\"total\":{\"amount\":\"100000.00\"");
        as("admin.platform")
                .get("/api/v1/reconciliation/ledger")
                .then()
                .statusCode(200)
                .body("trialBalance.amount", equalTo("0.00"));
        assertThat(as("bureau.zj")
                        .get("/api/v1/subsidies?limit=100")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.region", String.class))
                .contains("CN-ZJ")
                .containsOnly("CN-ZJ");
    }

    @Test
    void anApprovalWhoseLinesDoNotAddUpIsRefusedNotPosted() {
        UUID allocation = UUID.randomUUID();
        CloudEvent envelope = publish(
                "insight",
                new SubsidiesApproved(
                        allocation,
                        UUID.randomUUID(),
                        Region.CN_ZJ,
                        2025,
                        Money.parse("100.00"),
                        List.of(new SubsidiesApproved.Line(
                                UUID.randomUUID(), UUID.randomUUID(), Money.parse("99.99")))));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as("admin.platform")
                        .get("/api/v1/dead-letters/settlement?topic=" + Topics.SUBSIDIES)
                        .then()
                        .statusCode(200)
                        .body("items.find { it.eventId == '" + envelope.id() + "' }.reason", equalTo("REFUSED")));
        as("admin.platform").get("/api/v1/subsidies/" + allocation).then().statusCode(404);
    }
}
