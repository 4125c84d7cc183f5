package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.money.Money;
import io.deltashare.testkit.keycloak.DemoRealm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The policy's own example of a voucher (「用平台发放的30万元创新券，申请了……开发服务」), played through the gateway
 * against the whole system: a Jiangsu firm gets a ¥300,000 voucher from a program that pays half of technical
 * development, asks every provider of equipment development in Shanghai and Anhui for quotes, accepts the Shanghai
 * centre's ¥600,000 quote in two milestones, receives a report file for each, accepts them, and its voucher pays
 * ¥150,000 of each; the ledger has the firm and the Jiangsu bureau owing their shares, the bureau's claim batch lists
 * both lines as cross-region, and the firm rates the service.
 */
class ServicesJourneyIT {

    private static final String FIRM = "firm.js-biomed";
    private static final String SH_STAFF = "provider.sh-analysis-centre";
    private static final String AH_STAFF = "provider.ah-hefei-institute";
    private static final String CATEGORY = "equipment-development";

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500));
    }

    @Test
    void aJiangsuSmePaysHalfOfADevelopmentServiceAtAShanghaiProviderWithItsVoucherMilestoneByMilestone() {
        String offer = offered(SH_STAFF, DemoRealm.SH_ANALYSIS_CENTRE.toString(), "Self-priming pump development");
        offered(AH_STAFF, DemoRealm.AH_HEFEI_INSTITUTE.toString(), "Pump and drainage robot development");
        String voucher = developmentVoucher();
        long firmBefore = owedFen("FIRM_RECEIVABLE", DemoRealm.JS_BIOMED.toString());
        long bureauBefore = owedFen("BUREAU_RECEIVABLE", "CN-JS");

        // the firm asks every provider of the category in Shanghai and Anhui, once booking knows their offers
        Map<String, Object> asking = new HashMap<>();
        asking.put("title", "Tracked remote-controlled diesel self-priming pump");
        asking.put("description", "A pump and the drainage robot that carries it");
        asking.put("category", CATEGORY);
        asking.put("regions", List.of("CN-SH", "CN-AH"));
        asking.put("respondBy", Instant.now().plus(Duration.ofDays(7)).toString());
        String request = eventually()
                .until(
                        () -> system.as(FIRM)
                                .body(asking)
                                .post("/api/v1/quote-requests")
                                .then()
                                .extract(),
                        answer -> answer.statusCode() == 201
                                && answer.jsonPath().getList("recipients").size() >= 2)
                .path("id");
        String quote = quoted(SH_STAFF, request, "600000.00");
        quoted(AH_STAFF, request, "580000.00");

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

    /** A development service of the provider of {@code organization}, approved by the admin; its id. */
    private static String offered(String staff, String organization, String name) {
        String provider = system.as(staff)
                .get("/api/v1/providers?organization=" + organization)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].id");
        Map<String, Object> details = Map.of(
                "type",
                "DEVELOPMENT_SERVICE",
                "name",
                Map.of("zh", "联合开发：" + name, "en", name),
                "description",
                Map.of("zh", "面向企业的定制化技术开发", "en", "Development tailored to a firm"),
                "category",
                CATEGORY,
                "priceBasis",
                "QUOTATION");
        String offer = system.as(staff)
                .body(Map.of("providerId", provider, "details", details))
                .post("/api/v1/service-offers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        system.as("admin.platform")
                .post("/api/v1/service-offers/" + offer + "/listing-approval")
                .then()
                .statusCode(200);
        return offer;
    }

    /** A Jiangsu program paying half of development services, ¥300,000 a voucher; the Jiangsu firm's voucher of it. */
    private static String developmentVoucher() {
        LocalDate today = LocalDate.now(Demo.SHANGHAI);
        Map<String, Object> program = new HashMap<>();
        program.put("name", Map.of("zh", "江苏省科技创新券（技术研发）" + Instant.now(), "en", "Jiangsu R&D vouchers"));
        program.put("totalBudget", Map.of("amount", "10000000.00", "currency", "CNY"));
        program.put("capPerFirmPerYear", Map.of("amount", "300000.00", "currency", "CNY"));
        program.put("faceValue", Map.of("amount", "300000.00", "currency", "CNY"));
        program.put("coverageRatio", 0.5);
        program.put("serviceKinds", List.of("DEVELOPMENT"));
        program.put("eligibleCategories", List.of(CATEGORY));
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
        String application = system.as(FIRM)
                .body(Map.of("plannedUse", "development of a drainage robot with a university"))
                .post("/api/v1/voucher-programs/" + id + "/applications")
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

    private static String quoted(String staff, String request, String price) {
        LocalDate today = LocalDate.now(Demo.SHANGHAI);
        Map<String, Object> quote = new HashMap<>();
        quote.put("price", Map.of("amount", price, "currency", "CNY"));
        quote.put("deliverables", "Prototype pump with test report; drainage robot system");
        quote.put(
                "milestones",
                List.of(
                        Map.of(
                                "title",
                                "Prototype pump and test report",
                                "sharePercent",
                                50,
                                "due",
                                today.plusMonths(3).toString()),
                        Map.of(
                                "title",
                                "Drainage robot system",
                                "sharePercent",
                                50,
                                "due",
                                today.plusMonths(6).toString())));
        quote.put("validUntil", today.plusDays(30).toString());
        quote.put("cancellationFeePercent", 20);
        quote.put("cancellationTerms", "20 % of the milestones not yet accepted");
        return system.as(staff)
                .body(quote)
                .post("/api/v1/quote-requests/" + request + "/quotes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
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
