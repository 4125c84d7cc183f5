package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.money.Money;
import io.deltashare.testkit.keycloak.DemoRealm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The policy's own example of a voucher (「用平台发放的30万元创新券，申请了……开发服务」), played through the gateway
 * against the whole system: a Jiangsu firm, once its bureau verified its SME registration, gets a ¥300,000 voucher
 * from an SME-only program that pays half of technical development, asks every provider of equipment development in
 * Shanghai and Zhejiang (three) for quotes, tries to pay with a voucher for testing only (refused, with the reason),
 * accepts the Shanghai university centre's ¥600,000 quote in two milestones, receives a report file for each, accepts
 * them, and its voucher pays ¥150,000 of each; the ledger has the firm and the Jiangsu bureau owing their shares, the
 * bureau's claim batch lists both lines as cross-region, and the firm rates the service.
 */
class ServicesJourneyIT {

    private static final String FIRM = "firm.js-biomed";
    private static final String SH_STAFF = "provider.sh-analysis-centre";
    private static final String ZJ_LAB_STAFF = "provider.zj-fluid-engineering-lab";
    private static final String ZJ_INSTITUTE_STAFF = "provider.zj-electromechanical-institute";
    private static final String CATEGORY = ServiceOrders.CATEGORY;

    private static DeltaShareSystem system;
    private static ServiceOrders orders;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
        orders = new ServiceOrders(system);
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500));
    }

    @Test
    void aJiangsuSmePaysHalfOfADevelopmentServiceAtAShanghaiProviderWithItsVoucherMilestoneByMilestone() {
        String offer =
                orders.offered(SH_STAFF, DemoRealm.SH_ANALYSIS_CENTRE.toString(), "Self-priming pump development");
        orders.offered(
                ZJ_LAB_STAFF, DemoRealm.ZJ_FLUID_ENGINEERING_LAB.toString(), "Pump and drainage robot development");
        orders.offered(
                ZJ_INSTITUTE_STAFF, DemoRealm.ZJ_ELECTROMECHANICAL_INSTITUTE.toString(), "Pump system development");
        String voucher = developmentVoucherOfAVerifiedSme();
        String testingVoucher = testingVoucher();
        long firmBefore = owedFen("FIRM_RECEIVABLE", DemoRealm.JS_BIOMED.toString());
        long bureauBefore = owedFen("BUREAU_RECEIVABLE", "CN-JS");

        // the firm asks every provider of the category in Shanghai and Zhejiang, once booking knows their offers
        Map<String, Object> asking = new HashMap<>();
        asking.put("title", "Tracked remote-controlled diesel self-priming pump");
        asking.put("description", "A pump and the drainage robot that carries it");
        asking.put("category", CATEGORY);
        asking.put("regions", List.of("CN-SH", "CN-ZJ"));
        asking.put("respondBy", Instant.now().plus(Duration.ofDays(7)).toString());
        String request = orders.asked(
                FIRM, asking, answer -> answer.jsonPath().getList("recipients").size() >= 3);
        String quote = orders.quoted(SH_STAFF, request, "600000.00");
        String zhejiangQuote = orders.quoted(ZJ_LAB_STAFF, request, "560000.00");
        orders.quoted(ZJ_INSTITUTE_STAFF, request, "620000.00");

        // a voucher for testing only cannot pay a development order: the order is rejected with the voucher's reason
        String refused = system.as(FIRM)
                .body(Map.of("voucherId", testingVoucher))
                .post("/api/v1/quote-requests/" + request + "/quotes/" + zhejiangQuote + "/acceptance")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        eventually()
                .untilAsserted(() -> system.as(FIRM)
                        .get("/api/v1/orders/" + refused)
                        .then()
                        .body("status", equalTo("REJECTED"))
                        .body("rejectionReason", containsString("does not pay for DEVELOPMENT")));
        system.as(FIRM).get("/api/v1/quote-requests/" + request).then().body("status", equalTo("OPEN"));

        String order = system.as(FIRM)
                .body(Map.of("voucherId", voucher))
                .post("/api/v1/quote-requests/" + request + "/quotes/" + quote + "/acceptance")
                .then()
                .statusCode(201)
                .body("crossRegion", equalTo(true))
                .extract()
                .path("id");
        eventually()
                .untilAsserted(() -> system.as(FIRM)
                        .get("/api/v1/orders/" + order)
                        .then()
                        .body("status", equalTo("ACTIVE"))
                        .body("voucherHeld.amount", equalTo("300000.00")));

        for (int milestone = 1; milestone <= 2; milestone++) {
            byte[] report = ("%PDF-1.7\nmilestone " + milestone + " test report\n").getBytes(StandardCharsets.US_ASCII);
            String file = system.as(SH_STAFF)
                    .contentType("application/pdf")
                    .queryParam("name", "milestone-" + milestone + "-report.pdf")
                    .queryParam("milestone", milestone)
                    .body(report)
                    .post("/api/v1/orders/" + order + "/deliverables")
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location");
            system.as(SH_STAFF)
                    .body(Map.of("note", "milestone " + milestone + " delivered, report uploaded"))
                    .post("/api/v1/orders/" + order + "/milestones/" + milestone + "/delivery")
                    .then()
                    .statusCode(200);
            assertThat(system.as(FIRM)
                            .get(file)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray())
                    .isEqualTo(report);
            system.as(FIRM)
                    .post("/api/v1/orders/" + order + "/milestones/" + milestone + "/acceptance")
                    .then()
                    .statusCode(200);
        }
        system.as(FIRM).get("/api/v1/orders/" + order).then().body("status", equalTo("COMPLETED"));

        eventually()
                .untilAsserted(() -> system.as(FIRM)
                        .get("/api/v1/vouchers/" + voucher)
                        .then()
                        .body("redeemed.amount", equalTo("300000.00"))
                        .body("held.amount", equalTo("0.00")));
        eventually().untilAsserted(() -> {
            assertThat(owedFen("FIRM_RECEIVABLE", DemoRealm.JS_BIOMED.toString()) - firmBefore)
                    .isEqualTo(300_000_00L);
            assertThat(owedFen("BUREAU_RECEIVABLE", "CN-JS") - bureauBefore).isEqualTo(300_000_00L);
        });

        String batch = system.as("bureau.js")
                .body(Map.of(
                        "region", "CN-JS", "month", YearMonth.now(Demo.SHANGHAI).toString()))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Map<String, Object>> lines = system.as("bureau.js")
                .get("/api/v1/claim-batches/" + batch)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("redemptions.findAll { it.orderId == '" + order + "' }");
        assertThat(lines).hasSize(2).allSatisfy(line -> {
            assertThat(line.get("crossRegion")).isEqualTo(true);
            assertThat(((Map<?, ?>) line.get("amount")).get("amount")).isEqualTo("150000.00");
        });

        system.as(FIRM)
                .body(Map.of("orderId", order, "quality", 5, "timeliness", 4, "service", 5, "comment", "排水机器人按期交付"))
                .post("/api/v1/ratings")
                .then()
                .statusCode(201);
        String rated =
                system.as(FIRM).get("/api/v1/orders/" + order).then().extract().path("serviceOfferId");
        assertThat(rated).isEqualTo(offer);
        eventually()
                .untilAsserted(() -> system.anonymous()
                        .get("/api/v1/service-offers/" + rated)
                        .then()
                        .statusCode(200)
                        .body("ratings.count", equalTo(1)));
    }

    @Test
    void twoAcceptancesOfQuotesForOneRequestSentAtOnceThroughTheGatewayPlaceOneOrder() throws Exception {
        String lab = orders.offered(ZJ_LAB_STAFF, DemoRealm.ZJ_FLUID_ENGINEERING_LAB.toString(), "Valve development");
        String institute = orders.offered(
                ZJ_INSTITUTE_STAFF, DemoRealm.ZJ_ELECTROMECHANICAL_INSTITUTE.toString(), "Valve rig development");
        String request = orders.asked(
                FIRM, ServiceOrders.toProvidersOf("Valve test rig", List.of(lab, institute)), answer -> true);
        List<String> quotes = List.of(
                orders.quoted(ZJ_LAB_STAFF, request, "80000.00"),
                orders.quoted(ZJ_INSTITUTE_STAFF, request, "90000.00"));

        ExecutorService clients = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String quote : quotes) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return system.as(FIRM)
                            .body(Map.of("voucher", "none"))
                            .post("/api/v1/quote-requests/" + request + "/quotes/" + quote + "/acceptance")
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            clients.shutdownNow();
        }
        List<String> accepted = system.as(FIRM)
                .get("/api/v1/quote-requests/" + request)
                .then()
                .statusCode(200)
                .body("status", equalTo("AWARDED"))
                .extract()
                .jsonPath()
                .getList("quotes.findAll { it.status == 'ACCEPTED' }.id");
        assertThat(accepted).hasSize(1);
    }

    /**
     * A Jiangsu program for science-based SMEs paying half of development services, ¥300,000 a voucher; the firm is
     * refused until the Jiangsu bureau verifies its SME registration, then gets the voucher. Its id.
     */
    private static String developmentVoucherOfAVerifiedSme() {
        String program = openJiangsuProgram(List.of("DEVELOPMENT"), CATEGORY, "300000.00", true);
        String registration = "/api/v1/sme-registrations/" + DemoRealm.JS_BIOMED;
        system.as("bureau.js").delete(registration); // none yet on a fresh system; gone after an earlier run
        system.as(FIRM)
                .body(Map.of("plannedUse", "development of a drainage robot with a university"))
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://deltashare.io/problems/sme-required"))
                .body("detail", containsString("科技型中小企业"));
        int year = LocalDate.now(Demo.SHANGHAI).getYear();
        system.as("bureau.js")
                .body(Map.of("registrationNumber", year + "3205000A0123", "year", year))
                .put(registration)
                .then()
                .statusCode(200)
                .body("current", equalTo(true));
        return issued(program, "development of a drainage robot with a university");
    }

    /** A Jiangsu program paying half of testing only; the firm's voucher of it. */
    private static String testingVoucher() {
        return issued(
                openJiangsuProgram(List.of("TESTING"), "mechanical-testing", "50000.00", false),
                "tensile tests of pump housings");
    }

    /** Opens a Jiangsu program paying half of {@code kinds} in {@code category}, cross-region; its id. */
    private static String openJiangsuProgram(List<String> kinds, String category, String faceValue, boolean smeOnly) {
        LocalDate today = LocalDate.now(Demo.SHANGHAI);
        Map<String, Object> program = new HashMap<>();
        program.put("name", Map.of("zh", "江苏省科技创新券 " + kinds + " " + Instant.now(), "en", "Jiangsu vouchers " + kinds));
        program.put("totalBudget", Map.of("amount", "10000000.00", "currency", "CNY"));
        program.put("capPerFirmPerYear", Map.of("amount", faceValue, "currency", "CNY"));
        program.put("faceValue", Map.of("amount", faceValue, "currency", "CNY"));
        program.put("coverageRatio", 0.5);
        program.put("serviceKinds", kinds);
        program.put("eligibleCategories", List.of(category));
        program.put("smeOnly", smeOnly);
        program.put("acceptedProviderRegions", List.of("CN-SH", "CN-JS", "CN-ZJ", "CN-AH"));
        program.put(
                "applicationWindow",
                Map.of("from", today.toString(), "until", today.plusDays(30).toString()));
        program.put(
                "voucherValidity",
                Map.of("from", today.toString(), "until", today.plusYears(1).toString()));
        String id = system.as("bureau.js")
                .body(program)
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        system.as("bureau.js")
                .post("/api/v1/voucher-programs/" + id + "/opening")
                .then()
                .statusCode(200);
        return id;
    }

    /** The firm applies to {@code program} and the Jiangsu bureau approves; the voucher's id. */
    private static String issued(String program, String plannedUse) {
        String application = system.as(FIRM)
                .body(Map.of("plannedUse", plannedUse))
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return system.as("bureau.js")
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(200)
                .extract()
                .path("voucherId");
    }

    private static long owedFen(String kind, String owner) {
        String user = kind.equals("BUREAU_RECEIVABLE") ? "bureau.js" : FIRM;
        String owed = system.as(user)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.kind == '" + kind + "' && it.owner == '" + owner + "' }.owed.amount");
        return owed == null ? 0 : Money.parse(owed).fen();
    }
}
