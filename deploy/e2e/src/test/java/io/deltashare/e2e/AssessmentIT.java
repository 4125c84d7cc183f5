package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.money.Money;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A year's assessment and subsidies end to end, through the gateway: a Jiangsu firm uses a Shanghai centre's electron
 * microscope; the Shanghai bureau defines a scheme that counts enterprise hours, has its providers scored, shares
 * ¥100,000.00 by score and approves it; settlement posts what the bureau owes each provider; finance records the
 * payout; both go back down, insight marks it paid, and the trial balance is zero.
 */
class AssessmentIT {

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    @Test
    void theShanghaiBureauAssessesItsProvidersAndPaysTheirSubsidies() {
        String sem = system.instrument("firm.js-biomed", "电镜", "CN-SH", "扫描");
        String provider = system.as("firm.js-biomed")
                .get("/api/v1/instruments/" + sem)
                .then()
                .statusCode(200)
                .extract()
                .path("providerId");
        completedTwoHours(sem);

        String scheme = system.as("bureau.sh")
                .body(Map.of(
                        "year",
                        LocalDate.now(Demo.SHANGHAI).getYear(),
                        "name",
                        "上海市大型科学仪器开放共享绩效考核(端到端)",
                        "criteria",
                        List.of(Map.of(
                                "indicator", "ENTERPRISE_HOURS", "weight", 100, "threshold", "0", "target", "1000")),
                        "minimumScore",
                        "0.01"))
                .post("/api/v1/assessment-schemes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // insight learns of the completed booking from its event: assess until the centre's hours count
        AtomicReference<String> assessment = new AtomicReference<>();
        eventually().untilAsserted(() -> {
            assessment.set(system.as("bureau.sh")
                    .post("/api/v1/assessment-schemes/" + scheme + "/assessments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
            JsonPath scores = system.as("bureau.sh")
                    .get("/api/v1/assessments/" + assessment.get() + "/scores?limit=100")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(new java.math.BigDecimal(
                            scores.getString("items.find { it.providerId == '" + provider + "' }.score")))
                    .isPositive();
        });

        long bureauBefore = system.owedFen("bureau.sh", "BUREAU_RECEIVABLE", "CN-SH");
        long centreBefore =
                system.owedFen("provider.sh-analysis-centre", "PROVIDER_PAYABLE", Demo.SH_ANALYSIS_CENTRE.toString());
        JsonPath allocation = system.as("bureau.sh")
                .body(Map.of("budget", Map.of("amount", "100000.00", "currency", "CNY")))
                .post("/api/v1/assessments/" + assessment.get() + "/allocations")
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .extract()
                .jsonPath();
        String id = allocation.getString("id");
        assertThat(allocation.getList("lines.amount.amount", String.class).stream()
                        .mapToLong(a -> Money.parse(a).fen())
                        .sum())
                .isEqualTo(10_000_000L);
        long centreLine = allocation.getList("lines", Map.class).stream()
                .filter(l -> Demo.SH_ANALYSIS_CENTRE.toString().equals(l.get("providerOrganizationId")))
                .mapToLong(l -> Money.parse(
                                ((Map<?, ?>) l.get("amount")).get("amount").toString())
                        .fen())
                .sum();
        assertThat(centreLine).isPositive();

        system.as("bureau.sh")
                .post("/api/v1/subsidy-allocations/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        // settlement posts it: the bureau owes the budget, the centre is owed its line
        eventually()
                .untilAsserted(() -> system.as("bureau.sh")
                        .get("/api/v1/subsidies/" + id)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("APPROVED")));
        assertThat(system.owedFen("bureau.sh", "BUREAU_RECEIVABLE", "CN-SH") - bureauBefore)
                .isEqualTo(10_000_000L);
        assertThat(system.owedFen("provider.sh-analysis-centre", "PROVIDER_PAYABLE", Demo.SH_ANALYSIS_CENTRE.toString())
                        - centreBefore)
                .isEqualTo(centreLine);

        system.as("finance.platform")
                .body(Map.of("reference", "SH-SUBSIDY-" + id.substring(0, 8)))
                .post("/api/v1/subsidies/" + id + "/payment")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"));
        assertThat(system.owedFen("bureau.sh", "BUREAU_RECEIVABLE", "CN-SH")).isEqualTo(bureauBefore);
        assertThat(system.owedFen(
                        "provider.sh-analysis-centre", "PROVIDER_PAYABLE", Demo.SH_ANALYSIS_CENTRE.toString()))
                .isEqualTo(centreBefore);
        eventually()
                .untilAsserted(() -> system.as("bureau.sh")
                        .get("/api/v1/subsidy-allocations/" + id)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("PAID")));
        system.as("admin.platform")
                .get("/api/v1/reconciliation/ledger")
                .then()
                .statusCode(200)
                .body("trialBalance.amount", equalTo("0.00"));
        // nobody else sees it
        system.as("bureau.js").get("/api/v1/subsidy-allocations/" + id).then().statusCode(404);
        system.as("provider.sh-analysis-centre")
                .get("/api/v1/assessments/" + assessment.get())
                .then()
                .statusCode(403);
    }

    /** The Jiangsu firm books the centre's SEM for two hours five weekdays ahead, and uses them. */
    private static void completedTwoHours(String sem) {
        Instant start = Demo.weekdayAhead(5, "14:00");
        String booking = system.as("firm.js-biomed")
                .body(Map.of(
                        "instrumentId",
                        sem,
                        "start",
                        start.toString(),
                        "end",
                        start.plus(2, ChronoUnit.HOURS).toString(),
                        "voucher",
                        "none"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("booking.id");
        for (String move : List.of("approval", "start")) {
            system.as("provider.sh-analysis-centre")
                    .post("/api/v1/bookings/" + booking + "/" + move)
                    .then()
                    .statusCode(200);
        }
        system.as("provider.sh-analysis-centre")
                .body(Map.of("actualMinutes", 120))
                .post("/api/v1/bookings/" + booking + "/completion")
                .then()
                .statusCode(200);
        system.as("firm.js-biomed")
                .post("/api/v1/bookings/" + booking + "/acceptance")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("COMPLETED"));
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1));
    }
}
