package io.deltashare.settlement.claim;

import static io.deltashare.settlement.SettlementFixtures.as;
import static io.deltashare.settlement.SettlementFixtures.awaitPosted;
import static io.deltashare.settlement.SettlementFixtures.balance;
import static io.deltashare.settlement.SettlementFixtures.publish;
import static io.deltashare.settlement.SettlementFixtures.redeemed;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.Topics;
import io.deltashare.platform.time.Clocks;
import io.deltashare.testkit.kafka.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A bureau's monthly claim batch lists its redemptions by provider, marks cross-region ones, and is paid once. */
@QuarkusTest
class ClaimBatchApiTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theAnhuiBureausBatchListsTheCrossRegionLineAndItsPaymentPostsTheEntry() throws Exception {
        UUID firm = UUID.randomUUID();
        UUID shanghaiProvider = UUID.randomUUID();
        UUID anhuiProvider = UUID.randomUUID();
        redeem(aBooking()
                .by(firm, Region.CN_AH)
                .at(shanghaiProvider, Region.CN_SH)
                .costing("1000.00")
                .status("COMPLETED")
                .atVersion(5)
                .build());
        redeem(aBooking()
                .by(firm, Region.CN_AH)
                .at(shanghaiProvider, Region.CN_SH)
                .costing("500.00")
                .status("COMPLETED")
                .atVersion(5)
                .build());
        redeem(aBooking()
                .by(firm, Region.CN_AH)
                .at(anhuiProvider, Region.CN_AH)
                .costing("300.00")
                .status("COMPLETED")
                .atVersion(5)
                .build());
        String month = YearMonth.now(Clocks.SHANGHAI).toString();

        JsonPath batch = as("bureau.ah")
                .body(Map.of("region", "CN-AH", "month", month))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract()
                .jsonPath();
        String id = batch.getString("id");
        assertThat(batch.getString("total.amount")).isEqualTo("900.00");
        assertThat(batch.getString("crossRegionTotal.amount")).isEqualTo("750.00");
        assertThat(batch.getList("providers.findAll { it.crossRegion }.amount.amount"))
                .containsExactly("750.00");
        assertThat(batch.getList("providers.findAll { !it.crossRegion }.providerRegion"))
                .containsExactly("CN-AH");
        assertThat(batch.getList("redemptions")).hasSize(3);
        as("bureau.ah")
                .body(Map.of("region", "CN-AH", "month", month))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://deltashare.io/problems/nothing-to-claim"));

        as("bureau.zj").get("/api/v1/claim-batches/" + id).then().statusCode(404);
        as("bureau.ah").post("/api/v1/claim-batches/" + id + "/approval").then().statusCode(409);
        as("admin.platform")
                .post("/api/v1/claim-batches/" + id + "/submission")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        TopicReader.awaitEvent(
                Topics.LEDGER, id, "io.deltashare.settlement.ClaimBatchSubmitted.v1", Duration.ofSeconds(30));
        as("admin.platform")
                .post("/api/v1/claim-batches/" + id + "/approval")
                .then()
                .statusCode(403);
        as("bureau.zj").post("/api/v1/claim-batches/" + id + "/approval").then().statusCode(404);
        as("bureau.ah")
                .post("/api/v1/claim-batches/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        TopicReader.awaitEvent(
                Topics.LEDGER, id, "io.deltashare.settlement.ClaimBatchApproved.v1", Duration.ofSeconds(30));

        long owedBefore = balance(entityManager, "BUREAU_RECEIVABLE", "CN-AH");
        Map<String, String> transfer = Map.of("reference", "PBOC-2026-AH-000417");
        as("bureau.ah")
                .body(transfer)
                .post("/api/v1/claim-batches/" + id + "/payment")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as("admin.platform")
                .body(transfer)
                .post("/api/v1/claim-batches/" + id + "/payment")
                .then()
                .statusCode(403);
        as("finance.platform")
                .body(Map.of("reference", " "))
                .post("/api/v1/claim-batches/" + id + "/payment")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("finance.platform")
                .post("/api/v1/claim-batches/" + id + "/payment")
                .then()
                .statusCode(400);
        as("bureau.ah")
                .get("/api/v1/claim-batches/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        String payout = as("finance.platform")
                .body(transfer)
                .post("/api/v1/claim-batches/" + id + "/payment")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"))
                .body("paymentReference", equalTo("PBOC-2026-AH-000417"))
                .extract()
                .path("payoutTransactionId");
        assertThat(balance(entityManager, "BUREAU_RECEIVABLE", "CN-AH")).isEqualTo(owedBefore - 90_000);
        as("admin.platform")
                .get("/api/v1/journal-transactions/" + payout)
                .then()
                .statusCode(200)
                .body("kind", equalTo("BUREAU_PAYOUT"))
                .body("postings.amount.amount", hasItem("-900.00"));
        TopicReader.awaitEvent(Topics.LEDGER, id, "io.deltashare.settlement.ClaimBatchPaid.v1", Duration.ofSeconds(30));
        as("finance.platform")
                .body(transfer)
                .post("/api/v1/claim-batches/" + id + "/payment")
                .then()
                .statusCode(409);
        as("bureau.ah")
                .get("/api/v1/claim-batches?status=PAID")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        as("bureau.ah").get("/api/v1/claim-batches?region=CN-JS").then().statusCode(403);
        as("firm.ah-quantum").get("/api/v1/claim-batches").then().statusCode(403);
    }

    @Test
    void parallelDraftsClaimEachRedemptionOnce() throws Exception {
        UUID firm = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            redeem(aBooking()
                    .by(firm, Region.CN_ZJ)
                    .at(UUID.randomUUID(), Region.CN_SH)
                    .costing("100.00")
                    .status("COMPLETED")
                    .atVersion(5)
                    .build());
        }
        String month = YearMonth.now(Clocks.SHANGHAI).toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(() -> as("bureau.zj")
                    .body(Map.of("region", "CN-ZJ", "month", month))
                    .post("/api/v1/claim-batches")
                    .then()
                    .extract()
                    .statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : pool.invokeAll(drafts)) {
            statuses.add(future.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        long doubleClaimed = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM redemption WHERE firm_organization_id = ?1 AND batch_id IS NULL")
                                .setParameter(1, firm)
                                .getSingleResult())
                        .longValue());
        assertThat(doubleClaimed).isZero();
    }

    @Test
    void badBatchRequestsAreRefused() {
        as("bureau.js")
                .body(Map.of("region", "CN-XX", "month", "2026-13"))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("region"))
                .body("errors.field", hasItem("month"));
        as("bureau.js")
                .body(Map.of("region", "CN-ZJ", "month", "2026-01"))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(403);
        as("bureau.js")
                .body(Map.of("region", "CN-JS", "month", "2099-01"))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(409);
        as("bureau.js").get("/api/v1/claim-batches/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aPilotLocalitysVouchersAreClaimedInItsOwnBatchWhichOnlyItsBureauApproves() throws Exception {
        UUID firm = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        BookingSnapshot ofWujiang = aBooking()
                .by(firm, Region.CN_JS)
                .at(provider, Region.CN_SH)
                .costing("800.00")
                .status("COMPLETED")
                .atVersion(5)
                .build();
        awaitPosted(entityManager, publish("innovation-voucher", redeemed(ofWujiang, Region.CN_JS, "320509")));
        BookingSnapshot ofJiangsu = aBooking()
                .by(firm, Region.CN_JS)
                .at(provider, Region.CN_SH)
                .costing("600.00")
                .status("COMPLETED")
                .atVersion(5)
                .build();
        redeem(ofJiangsu);
        String month = YearMonth.now(Clocks.SHANGHAI).toString();

        // the province's bureau does not draft the locality's batch, nor a locality another's
        as("bureau.js")
                .body(Map.of("region", "CN-JS", "month", month, "locality", "320509"))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(403);
        as("bureau.js-wujiang")
                .body(Map.of("region", "CN-JS", "month", month, "locality", "320506"))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(403);
        JsonPath local = as("bureau.js-wujiang")
                .body(Map.of("region", "CN-JS", "month", month))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .body("locality", equalTo("320509"))
                .extract()
                .jsonPath();
        assertThat(local.getList("redemptions.bookingId"))
                .containsExactly(ofWujiang.id().toString());
        assertThat(local.getString("total.amount")).isEqualTo("400.00");
        JsonPath provincial = as("bureau.js")
                .body(Map.of("region", "CN-JS", "month", month))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .body("locality", equalTo(null))
                .extract()
                .jsonPath();
        assertThat(provincial.getList("redemptions.bookingId"))
                .contains(ofJiangsu.id().toString())
                .doesNotContain(ofWujiang.id().toString());

        String batch = "/api/v1/claim-batches/" + local.getString("id");
        as("bureau.js").get(batch).then().statusCode(200);
        as("bureau.js-wujiang")
                .get("/api/v1/claim-batches/" + provincial.getString("id"))
                .then()
                .statusCode(404);
        as("bureau.js-wujiang").post(batch + "/submission").then().statusCode(200);
        as("bureau.js").post(batch + "/approval").then().statusCode(403);
        as("bureau.js-wujiang").post(batch + "/approval").then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    private void redeem(BookingSnapshot booking) {
        awaitPosted(entityManager, publish("innovation-voucher", redeemed(booking, booking.firmRegion())));
    }
}
