package io.deltashare.insight.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.booking.Fee;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.catalog.ProviderSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.insight.SubsidiesApproved;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.SubsidiesPaid;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Anhui's bureau assesses its three providers for 2025 and shares a subsidy budget by score: one served a Jiangsu firm
 * for 250 hours and ¥200,000, one an Anhui firm for 50 hours, one nobody. Anhui is this test's own region.
 */
@QuarkusTest
class AssessmentApiTest {

    private static final UUID BUSY = UUID.randomUUID();
    private static final UUID QUIET = UUID.randomUUID();
    private static final UUID IDLE = UUID.randomUUID();

    private static final Map<String, Object> SCHEME = Map.of(
            "year",
            2025,
            "name",
            "2025年度安徽省大型科学仪器开放共享绩效考核",
            "criteria",
            List.of(
                    Map.of("indicator", "ENTERPRISE_HOURS", "weight", 30, "threshold", "0", "target", "500"),
                    Map.of("indicator", "CROSS_REGION_REVENUE", "weight", 25, "threshold", "0", "target", "200000"),
                    Map.of("indicator", "UTILISATION", "weight", 20, "threshold", "0.10", "target", "0.60"),
                    Map.of("indicator", "FIRMS_SERVED", "weight", 10, "threshold", "0", "target", "20"),
                    Map.of("indicator", "RATING", "weight", 15, "threshold", "3", "target", "5")),
            "minimumScore",
            "1");

    @BeforeAll
    static void anhuisProviders() {
        provider(BUSY, "繁忙中心", "Busy centre");
        provider(QUIET, "安静中心", "Quiet centre");
        provider(IDLE, "闲置中心", "Idle centre");
        completed(BUSY, UUID.randomUUID(), Region.CN_JS, "250", "200000.00");
        completed(QUIET, UUID.randomUUID(), Region.CN_AH, "50", "5000.00");
    }

    @Test
    void theBureauScoresItsProvidersSharesABudgetByScoreAndApprovesItOnce() {
        String scheme = as("bureau.ah")
                .body(SCHEME)
                .post("/api/v1/assessment-schemes")
                .then()
                .statusCode(201)
                .body("region", equalTo("CN-AH"))
                .body("criteria[0].indicator", equalTo("ENTERPRISE_HOURS"))
                .extract()
                .path("id");
        JsonPath scores = awaitScores(scheme);
        // busy: 250 of 500 hours (15) + ¥200,000 across regions (25) + 1 of 20 firms (0.5); quiet: 3 + 0.5
        assertThat(scores.getList("items.providerId"))
                .containsExactly(BUSY.toString(), QUIET.toString(), IDLE.toString());
        assertThat(scores.getList("items.score")).containsExactly("40.50", "3.50", "0.00");
        assertThat(scores.getString("items[0].inputs.find { it.indicator == 'ENTERPRISE_HOURS' }.value"))
                .isEqualTo("250.00");
        assertThat(scores.getString("items[0].inputs.find { it.indicator == 'ENTERPRISE_HOURS' }.points"))
                .isEqualTo("15.0000");
        assertThat(scores.getString("items[2].inputs.find { it.indicator == 'UTILISATION' }.points"))
                .isEqualTo("0.0000");

        // the same facts score the same again
        String again = assess(scheme);
        assertThat(as("bureau.ah")
                        .get("/api/v1/assessment-schemes/" + scheme + "/assessments?limit=1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("items[0].id"))
                .isEqualTo(again);
        assertThat(scoresOf(again).getList("items.score")).containsExactly("40.50", "3.50", "0.00");

        JsonPath allocation = as("bureau.ah")
                .body(Map.of("budget", Map.of("amount", "1000000.00", "currency", "CNY")))
                .post("/api/v1/assessments/" + again + "/allocations")
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .extract()
                .jsonPath();
        // 4050 : 350 of ¥1,000,000.00, floored to the fen; the one fen left goes to the larger remainder
        assertThat(allocation.getList("lines.amount.amount")).containsExactly("920454.55", "79545.45");
        String id = allocation.getString("id");

        as("bureau.js").get("/api/v1/subsidy-allocations/" + id).then().statusCode(404);
        as("firm.ah-quantum").get("/api/v1/subsidy-allocations/" + id).then().statusCode(403);
        as("admin.platform")
                .post("/api/v1/subsidy-allocations/" + id + "/approval")
                .then()
                .statusCode(403);
        as("bureau.ah")
                .post("/api/v1/subsidy-allocations/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        as("bureau.ah")
                .post("/api/v1/subsidy-allocations/" + id + "/approval")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        // settlement is told what the bureau owes each provider, to the fen
        ConsumerRecord<String, String> told = TopicReader.awaitEvent(
                Topics.SUBSIDIES, id, "io.deltashare.insight.SubsidiesApproved.v1", Duration.ofSeconds(30));
        SubsidiesApproved approved = read(told.value(), SubsidiesApproved.class);
        assertThat(approved.total()).isEqualTo(Money.parse("1000000.00"));
        assertThat(approved.lines().stream().mapToLong(l -> l.amount().fen()).sum())
                .isEqualTo(100_000_000L);

        // a second allocation of the same assessment may be proposed, never approved
        String second = as("bureau.ah")
                .body(Map.of("budget", Map.of("amount", "10.00", "currency", "CNY")))
                .post("/api/v1/assessments/" + again + "/allocations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("bureau.ah")
                .post("/api/v1/subsidy-allocations/" + second + "/approval")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://deltashare.io/problems/assessment-allocated"));

        // settlement's word that it was paid
        TopicWriter.publish(
                "settlement",
                new SubsidiesPaid(
                        UUID.fromString(id), Region.CN_AH, 2025, Money.parse("1000000.00"), UUID.randomUUID()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as("bureau.ah")
                        .get("/api/v1/subsidy-allocations/" + id)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("PAID")));
    }

    @Test
    void aSchemeMustAddUpAndNameKnownIndicators() {
        as("bureau.ah")
                .body(Map.of(
                        "year",
                        2025,
                        "criteria",
                        List.of(Map.of(
                                "indicator", "ENTERPRISE_HOURS", "weight", 90, "threshold", "0", "target", "1"))))
                .post("/api/v1/assessment-schemes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("criteria"));
        as("bureau.ah")
                .body(Map.of(
                        "year",
                        2025,
                        "criteria",
                        List.of(Map.of("indicator", "PRESTIGE", "weight", 100, "threshold", "0", "target", "1"))))
                .post("/api/v1/assessment-schemes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("criteria[0].indicator"));
        as("bureau.ah")
                .body(Map.of("year", 2099))
                .post("/api/v1/assessment-schemes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as("bureau.ah")
                .body(Map.of("region", "CN-JS"))
                .post("/api/v1/assessment-schemes")
                .then()
                .statusCode(403);
        as("bureau.js-wujiang")
                .body(Map.of())
                .post("/api/v1/assessment-schemes")
                .then()
                .statusCode(403);
        as("provider.ah-hefei-institute")
                .body(Map.of())
                .post("/api/v1/assessment-schemes")
                .then()
                .statusCode(403);
    }

    @Test
    void theDefaultSchemeCountsServiceToIndustryAndOnlyItsBureauSeesIt() {
        String scheme = as("bureau.ah")
                .body(Map.of("year", 2025))
                .post("/api/v1/assessment-schemes")
                .then()
                .statusCode(201)
                .body(
                        "criteria.indicator",
                        equalTo(List.of(
                                "ENTERPRISE_HOURS", "CROSS_REGION_REVENUE", "UTILISATION", "FIRMS_SERVED", "RATING")))
                .body("minimumScore", equalTo("20.00"))
                .extract()
                .path("id");
        as("bureau.sh").get("/api/v1/assessment-schemes/" + scheme).then().statusCode(404);
        as("admin.platform").get("/api/v1/assessment-schemes/" + scheme).then().statusCode(200);
        assertThat(as("bureau.ah")
                        .get("/api/v1/assessment-schemes?limit=100")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.region", String.class))
                .isNotEmpty()
                .containsOnly("CN-AH");
        as("bureau.ah").get("/api/v1/assessment-schemes?region=CN-SH").then().statusCode(403);
    }

    private static JsonPath awaitScores(String scheme) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(scoresOf(assess(scheme)).getList("items.score"))
                        .containsExactly("40.50", "3.50", "0.00"));
        return scoresOf(assess(scheme));
    }

    private static String assess(String scheme) {
        return as("bureau.ah")
                .post("/api/v1/assessment-schemes/" + scheme + "/assessments")
                .then()
                .statusCode(201)
                .body("providers", equalTo(3))
                .extract()
                .path("id");
    }

    private static JsonPath scoresOf(String assessment) {
        return as("bureau.ah")
                .get("/api/v1/assessments/" + assessment + "/scores?limit=10")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void provider(UUID id, String zh, String en) {
        TopicWriter.publish(
                "instrument-catalog",
                new ProviderRegistered(new ProviderSnapshot(
                        id,
                        UUID.randomUUID(),
                        new LocalizedText(zh, en),
                        Region.CN_AH,
                        "Hefei",
                        "INSTITUTE",
                        List.of(),
                        "centre@example.ac.cn",
                        null,
                        1)));
    }

    private static void completed(UUID provider, UUID firm, Region firmRegion, String hours, String fee) {
        Instant start = Instant.parse("2025-05-06T01:00:00Z");
        TopicWriter.publish(
                "booking",
                new BookingCompleted(new BookingSnapshot(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "nmr",
                        provider,
                        UUID.randomUUID(),
                        Region.CN_AH,
                        firm,
                        firmRegion,
                        "SLOT",
                        start,
                        start.plusSeconds(3600),
                        null,
                        "ENTERPRISE",
                        new Fee("HOUR", hours, Money.parse("800.00"), Money.parse(fee)),
                        null,
                        "COMPLETED",
                        4,
                        false)),
                Instant.parse("2025-05-06T03:00:00Z"));
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forUser(user, "demo"))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }
}
