package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The open platform, through the gateway against the whole system: anyone browses the catalog without a token; a
 * person signs up in Keycloak, applies to join as a firm, is admitted by their province's bureau (or, from a province
 * without a voucher bureau, by the admin) and books in one click; a researcher books at the academic price.
 */
class OpenPlatformIT {

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500));
    }

    @Test
    void anyoneBrowsesTheCatalogAndTheOpenProgramsWithoutAToken() {
        system.anonymous()
                .get("/api/v1/instruments?q=电镜&region=CN-SH")
                .then()
                .statusCode(200)
                .body("items.name.zh", hasItem(org.hamcrest.Matchers.containsString("扫描")));
        system.anonymous()
                .get("/api/v1/instrument-categories")
                .then()
                .statusCode(200)
                .body("code", hasItem("nmr"));
        system.anonymous()
                .get("/api/v1/voucher-programs?region=CN-ZJ")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("OPEN")));
        system.anonymous().get("/api/v1/bookings").then().statusCode(401);
        system.anonymous().get("/api/v1/vouchers").then().statusCode(401);
    }

    @Test
    void aPersonWhoSignsUpJoinsAsAZhejiangFirmAndBooksInOneClickWithItsVoucher() throws Exception {
        String person = SignUp.newPerson(system.local().keycloakUrl(), "zj-founder-" + suffix());
        String organization = joined(person, "FIRM", "CN-ZJ", "Hangzhou", "bureau.zj");

        JsonNode member = claims(person).path("organization").elements().next();
        assertThat(member.path("id").asText()).isEqualTo(organization);
        assertThat(member.path("kind").toString()).contains("firm");
        assertThat(member.path("region").toString()).contains("CN-ZJ");

        String voucher = voucherOf(person, "bureau.zj", "CN-ZJ");
        String instrument = freshInstrument("electron-microscopy");
        Map<String, Object> oneClick = slot(instrument, 6, "voucher", "auto");
        eventually()
                .until(
                        () -> system.as(person)
                                .body(oneClick)
                                .post("/api/v1/quotes")
                                .path("voucherId"),
                        voucher::equals);

        JsonPath booked = system.as(person)
                .body(oneClick)
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(booked.getString("booking.voucherId")).isEqualTo(voucher);
        assertThat(booked.getString("booking.status")).isEqualTo("CONFIRMED");
        assertThat(booked.getString("booking.tier")).isEqualTo("ENTERPRISE");
        // ¥650 an hour for two hours; the demo programs pay half
        assertThat(booked.getString("booking.fee.amount.amount")).isEqualTo("1300.00");
        assertThat(booked.getString("voucherHeld.amount")).isEqualTo("650.00");
        assertThat(booked.getString("firmShare.amount")).isEqualTo("650.00");
    }

    @Test
    void aFirmFromGuangdongJoinsThroughTheAdminAndBooksWithoutAVoucher() throws Exception {
        String person = SignUp.newPerson(system.local().keycloakUrl(), "gd-founder-" + suffix());
        joined(person, "FIRM", "CN-GD", "Shenzhen", "admin.platform");
        system.as("bureau.zj")
                .get("/api/v1/joining-applications?kind=FIRM")
                .then()
                .statusCode(200);

        String instrument = freshInstrument("nmr");
        system.as(person)
                .body(slot(instrument, 7, "voucher", "auto"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("booking.firmRegion", equalTo("CN-GD"))
                .body("booking.tier", equalTo("ENTERPRISE"))
                .body("booking.voucherId", nullValue())
                .body("booking.status", equalTo("CONFIRMED"))
                .body("firmShare.amount", equalTo("1300.00"));
    }

    @Test
    void aResearcherBooksAtTheAcademicPrice() throws Exception {
        String instrument = freshInstrument("x-ray-diffraction");
        system.as("researcher.js-nju-materials-group")
                .body(slot(instrument, 8, "voucher", "auto"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("booking.tier", equalTo("ACADEMIC"))
                .body("booking.fee.amount.amount", equalTo("800.00"))
                .body("booking.voucherId", nullValue());
        system.as("researcher.js-nju-materials-group")
                .get("/api/v1/vouchers")
                .then()
                .statusCode(200)
                .body("items", not(hasItem(org.hamcrest.Matchers.anything())));
    }

    @Test
    void aProvidersNewListingIsInvisibleUntilThePlatformReviewsIt() throws Exception {
        String provider = system.anonymous()
                .get("/api/v1/providers?organization=" + Demo.SH_ANALYSIS_CENTRE)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        String id = system.demo().pendingListing(provider);
        system.anonymous().get("/api/v1/instruments/" + id).then().statusCode(404);
        system.as("firm.js-biomed").get("/api/v1/instruments/" + id).then().statusCode(404);
        system.anonymous()
                .get("/api/v1/instruments?q=Krios&limit=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        system.as("admin.platform")
                .get("/api/v1/instruments/review-queue?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        system.as("admin.platform")
                .post("/api/v1/instruments/" + id + "/listing-approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("voucherEligible", equalTo(false));
        system.anonymous().get("/api/v1/instruments/" + id).then().statusCode(200);
        eventually()
                .until(
                        () -> system.anonymous()
                                .get("/api/v1/instruments?q=Krios&limit=100")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("items.id"),
                        ids -> ids.contains(id));
    }

    /** The person applies to join as {@code kind} at home in {@code region}; the reviewer approves; the org id. */
    private static String joined(String person, String kind, String region, String city, String reviewer) {
        String unique = suffix().toUpperCase();
        Map<String, Object> firm = region.startsWith("CN-")
                ? Map.of("creditCode", creditCode(unique), "sme", Map.of("number", "20243301" + unique, "year", 2024))
                : Map.of();
        String application = system.as(person)
                .body(Map.of(
                        "kind", kind,
                        "name", Map.of("zh", "开放平台测试企业" + unique, "en", "Open Platform Test Firm " + unique),
                        "region", region,
                        "city", city,
                        "firm", firm))
                .post("/api/v1/joining-applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        system.as(person)
                .post("/api/v1/joining-applications/" + application + "/approval")
                .then()
                .statusCode(403);
        return system.as(reviewer)
                .post("/api/v1/joining-applications/" + application + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .extract()
                .path("organizationId");
    }

    /** The person's firm applies to its province's cross-region demo program; the bureau approves; the voucher id. */
    private static String voucherOf(String person, String bureau, String region) {
        String program = system.anonymous()
                .get("/api/v1/voucher-programs?limit=100&region=" + region)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.name.zh.contains('通用通兑') }.id");
        String application = system.as(person)
                .body(Map.of("plannedUse", "SEM time for a new coating"))
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        system.as(bureau)
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(200);
        return eventually()
                .until(
                        () -> system.as(person)
                                .get("/api/v1/vouchers")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("items[0].voucher.id"),
                        id -> id != null);
    }

    /** An instrument of the Shanghai centre, open around the clock, listed for this journey alone; its id. */
    private static String freshInstrument(String category) throws Exception {
        String provider = system.anonymous()
                .get("/api/v1/providers?organization=" + Demo.SH_ANALYSIS_CENTRE)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        String id = system.demo()
                .aroundTheClockInstrument(
                        "provider.sh-analysis-centre", provider, "开放平台测试仪器", "Open platform test instrument", category);
        eventually()
                .until(
                        () -> system.anonymous()
                                .get("/api/v1/availability?category=" + category + "&region=CN-SH&minutes=60&from="
                                        + Instant.now().plus(2, ChronoUnit.HOURS) + "&to="
                                        + Instant.now().plus(30, ChronoUnit.HOURS) + "&limit=100")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("items.instrumentId"),
                        ids -> ids.contains(id));
        return id;
    }

    /**
     * Two hours from 10:00 Shanghai time {@code days} days ahead: inside one Shanghai day whenever the suite runs (the
     * around-the-clock instruments open 00:00–23:59, so a slot from 22:00 or 23:00 would cross their closing time).
     */
    private static Map<String, Object> slot(String instrument, int days, String field, Object value) {
        Instant start = LocalDate.now(Demo.SHANGHAI)
                .plusDays(days)
                .atTime(10, 0)
                .atZone(Demo.SHANGHAI)
                .toInstant();
        return Map.of(
                "instrumentId",
                instrument,
                "start",
                start.toString(),
                "end",
                start.plus(2, ChronoUnit.HOURS).toString(),
                field,
                value);
    }

    private static JsonNode claims(String person) throws Exception {
        String token = system.tokens().forUser(person, "demo");
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A unified social credit code of a Hangzhou firm ending in {@code unique}, with its check character. */
    private static String creditCode(String unique) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        String first17 = "913301" + "0"
                + (unique + "00000000000").replaceAll("[IOSVZ]", "1").substring(0, 10);
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }
}
