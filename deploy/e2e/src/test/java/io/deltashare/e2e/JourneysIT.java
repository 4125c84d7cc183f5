package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

import com.sun.net.httpserver.HttpServer;
import io.deltashare.contracts.money.Money;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journeys of DeltaShare's users, through the gateway with real Keycloak tokens, against the whole system: every
 * service, the gateway, PostgreSQL, Kafka and Keycloak as real processes, exactly as {@code deploy/local/run} starts
 * them. Each journey makes its own objects, so they run in any order.
 */
class JourneysIT {

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    /**
     * Every answer the journeys received was held to the gateway's OpenAPI document as it came (a misfit fails the
     * request); this checks that the check did run, on the operations the journeys cannot do without.
     */
    @AfterAll
    static void everyAnswerFitTheOpenApiDocument() {
        assertThat(system.conformance().checked())
                .contains(
                        "POST /api/v1/bookings 201",
                        "GET /api/v1/bookings/{id} 200",
                        "POST /api/v1/bookings/{id}/acceptance 200",
                        "POST /api/v1/voucher-programs/{programId}/applications 201",
                        "GET /api/v1/vouchers/{id} 200",
                        "GET /api/v1/accounts 200",
                        "GET /api/v1/instruments 200");
        System.out.println("[e2e] answers checked against the OpenAPI document: "
                + new TreeSet<>(system.conformance().checked()));
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500));
    }

    /** The firm applies to its province's program, the bureau approves; returns the voucher's id. */
    private static String voucherFor(String firmUser, String bureauUser, String region) {
        String program = system.as(firmUser)
                .get("/api/v1/voucher-programs?limit=100&region=" + region)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.status == 'OPEN' && it.name.zh.contains('通用通兑') }.id");
        String application = system.as(firmUser)
                .body(Map.of("plannedUse", "instrument time for our R&D"))
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        system.as(bureauUser)
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(200);
        return eventually()
                .until(
                        () -> system.as(firmUser)
                                .get("/api/v1/vouchers")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("items.find { it.voucher.programId == '" + program + "' }.voucher.id"),
                        id -> id != null);
    }

    private static JsonPath booking(String user, String id) {
        return system.as(user)
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A figure of {@code region} for this year in the public indicators, read without a token, in fen. */
    private static long publicFen(String region, String figure) {
        return Money.parse(system.anonymous()
                        .get("/api/v1/indicators")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("regions.find { it.region == '" + region + "' }." + figure + ".value.amount"))
                .fen();
    }

    /** The Jiangsu bureau's cross-region redemptions this year, in fen. */
    private static long crossRegionRedeemedFen() {
        String amount = system.as("bureau.js")
                .get("/api/v1/voucher-statistics?region=CN-JS")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("regions[0].crossRegionRedeemed.amount");
        return amount == null ? 0 : Money.parse(amount).fen();
    }

    @Test
    void aJiangsuFirmPaysAShanghaiProviderPartlyWithItsJiangsuVoucher() {
        Instant journeyStarted = Instant.now();
        // the system may have served others before (the fault suite shares it): amounts are compared as changes
        long firmOwedBefore = system.owedFen("firm.js-biomed", "FIRM_RECEIVABLE", Demo.JS_BIOMED.toString());
        long bureauOwedBefore = system.owedFen("bureau.js", "BUREAU_RECEIVABLE", "CN-JS");
        long crossRegionBefore = crossRegionRedeemedFen();
        long publicCrossRegionBefore = publicFen("CN-JS", "crossRegionServicesBought");
        long publicCashedBefore = publicFen("CN-JS", "cashed");
        String voucher = voucherFor("firm.js-biomed", "bureau.js", "CN-JS");
        String sem = system.instrument("firm.js-biomed", "电镜", "CN-SH", "扫描");
        Instant start = Demo.weekdayAhead(3, "09:00");
        Map<String, Object> slot = Map.of(
                "instrumentId",
                sem,
                "start",
                start.toString(),
                "end",
                start.plus(2, ChronoUnit.HOURS).toString(),
                "voucherId",
                voucher);

        system.as("firm.js-biomed")
                .body(slot)
                .post("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("fee.amount.amount", equalTo("1800.00"));
        String id = system.as("firm.js-biomed")
                .body(slot)
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("booking.id");
        eventually()
                .until(
                        () -> booking("firm.js-biomed", id).getString("booking.status"),
                        s -> s.equals("PENDING_APPROVAL"));
        assertThat(booking("firm.js-biomed", id).getString("voucherHeld.amount"))
                .isEqualTo("900.00");

        system.as("provider.sh-analysis-centre")
                .post("/api/v1/bookings/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("CONFIRMED"));
        system.as("provider.sh-analysis-centre")
                .post("/api/v1/bookings/" + id + "/start")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("IN_PROGRESS"));
        system.as("provider.sh-analysis-centre")
                .body(Map.of("actualMinutes", 120))
                .post("/api/v1/bookings/" + id + "/completion")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("DELIVERED"))
                .body("booking.fee.amount.amount", equalTo("1800.00"))
                .body("usageReport.firmConsentRequired", equalTo(false));
        system.as("firm.js-biomed")
                .post("/api/v1/bookings/" + id + "/acceptance")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("COMPLETED"));

        // the voucher pays its covered half; the firm owes the co-pay, the Jiangsu bureau the voucher share
        eventually()
                .until(
                        () -> system.as("firm.js-biomed")
                                .get("/api/v1/vouchers/" + voucher)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("redeemed.amount"),
                        equalTo("900.00")::matches);
        eventually()
                .until(() ->
                        system.owedFen("firm.js-biomed", "FIRM_RECEIVABLE", Demo.JS_BIOMED.toString()) - firmOwedBefore
                                == 90_000);
        eventually()
                .until(() -> system.owedFen("bureau.js", "BUREAU_RECEIVABLE", "CN-JS") - bureauOwedBefore == 90_000);

        // the bureau's claim for the month lists the redemption, marked cross-region
        JsonPath batch = system.as("bureau.js")
                .body(Map.of(
                        "region", "CN-JS", "month", YearMonth.now(Demo.SHANGHAI).toString()))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String line = "redemptions.find { it.bookingId == '" + id + "' }";
        assertThat(batch.getString(line + ".crossRegion")).isEqualTo("true");
        assertThat(batch.getString(line + ".amount.amount")).isEqualTo("900.00");
        assertThat(Money.parse(batch.getString("crossRegionTotal.amount")).fen())
                .isGreaterThanOrEqualTo(90_000);

        // and the statistics count it as cross-region
        eventually().until(() -> crossRegionRedeemedFen() - crossRegionBefore == 90_000);
        // so do the public indicators, as a cross-region service bought (its whole fee) not yet cashed
        eventually().until(() -> publicFen("CN-JS", "crossRegionServicesBought") - publicCrossRegionBefore == 180_000);
        assertThat(publicFen("CN-JS", "cashed")).isEqualTo(publicCashedBefore);

        // the bureau submits and approves its claim, the platform's finance pays it: now it is cashed (兑付)
        String batchId = batch.getString("id");
        long batchTotal = Money.parse(batch.getString("total.amount")).fen();
        system.as("bureau.js")
                .post("/api/v1/claim-batches/" + batchId + "/submission")
                .then()
                .statusCode(200);
        system.as("bureau.js")
                .post("/api/v1/claim-batches/" + batchId + "/approval")
                .then()
                .statusCode(200);
        system.as("finance.platform")
                .body(Map.of("reference", "JS-2026-TRANSFER-" + batchId.substring(0, 8)))
                .post("/api/v1/claim-batches/" + batchId + "/payment")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"));
        eventually().until(() -> publicFen("CN-JS", "cashed") - publicCashedBefore == batchTotal);

        // booking, innovation-voucher and settlement agree on it to the fen
        JsonPath reconciliation = system.as("admin.platform")
                .queryParam("from", journeyStarted.toString())
                .get("/api/v1/reconciliation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(reconciliation.getInt("discrepancyCount"))
                .as("discrepancies: %s", reconciliation.getList("discrepancies"))
                .isZero();
        assertThat(reconciliation.getList("totals")).isEmpty();
        assertThat(reconciliation.getInt("checked.bookings")).isGreaterThanOrEqualTo(1);
        assertThat(reconciliation.getInt("checked.holds")).isGreaterThanOrEqualTo(1);
        assertThat(reconciliation.getInt("checked.postings")).isGreaterThanOrEqualTo(2);
        assertThat(reconciliation.getString("ledger.trialBalance.amount")).isEqualTo("0.00");
    }

    @Test
    void aCancellationInside24HoursCharges50PercentAndReleasesTheHold() {
        long owedBefore = system.owedFen("firm.zj-materials", "FIRM_RECEIVABLE", Demo.ZJ_MATERIALS.toString());
        String voucher = voucherFor("firm.zj-materials", "bureau.zj", "CN-ZJ");
        String nmr = system.instrument("firm.zj-materials", "核磁", "CN-SH", "核磁");
        Instant start = Demo.wholeHourIn(3);
        String id = system.as("firm.zj-materials")
                .body(Map.of(
                        "instrumentId",
                        nmr,
                        "start",
                        start.toString(),
                        "end",
                        start.plus(1, ChronoUnit.HOURS).toString(),
                        "voucherId",
                        voucher))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("booking.id");
        eventually()
                .until(() -> booking("firm.zj-materials", id).getString("booking.status"), s -> s.equals("CONFIRMED"));
        eventually()
                .until(
                        () -> system.as("firm.zj-materials")
                                .get("/api/v1/vouchers/" + voucher)
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("held.amount"),
                        equalTo("325.00")::matches);

        system.as("firm.zj-materials")
                .post("/api/v1/bookings/" + id + "/cancellation")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("CANCELLED"))
                .body("charge.amount", equalTo("325.00"));
        eventually()
                .until(
                        () -> system.as("firm.zj-materials")
                                .get("/api/v1/vouchers/" + voucher)
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("held.amount"),
                        equalTo("0.00")::matches);
        assertThat(system.as("firm.zj-materials")
                        .get("/api/v1/vouchers/" + voucher)
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("balance.amount"))
                .isEqualTo("50000.00");
        eventually()
                .until(() -> system.owedFen("firm.zj-materials", "FIRM_RECEIVABLE", Demo.ZJ_MATERIALS.toString())
                                - owedBefore
                        == 32_500);
    }

    @Test
    void aPartnerPortalBooksForItsLinkedFirmAndReceivesSignedWebhooks() throws Exception {
        List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/deltashare", exchange -> {
            received.add(Map.of(
                    "signature",
                    exchange.getRequestHeaders().getFirst("DeltaShare-Signature"),
                    "type",
                    exchange.getRequestHeaders().getFirst("DeltaShare-Event-Type"),
                    "body",
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String secret = system.asPartner()
                    .body(Map.of(
                            "url",
                            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/deltashare",
                            "eventTypes",
                            List.of(
                                    "io.deltashare.booking.BookingRequested.v1",
                                    "io.deltashare.booking.BookingConfirmed.v1")))
                    .post("/api/v1/webhooks/subscriptions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getString("secret");
            String nmr = system.instrument("firm.js-biomed", "核磁", "CN-SH", "核磁");
            Instant start = Demo.wholeHourIn(6);
            Map<String, Object> slot = Map.of(
                    "instrumentId",
                    nmr,
                    "start",
                    start.toString(),
                    "end",
                    start.plus(1, ChronoUnit.HOURS).toString(),
                    "firmOrganizationId",
                    Demo.JS_BIOMED.toString());
            String id = system.asPartner()
                    .body(slot)
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(201)
                    .body("booking.firmOrganizationId", equalTo(Demo.JS_BIOMED.toString()))
                    .extract()
                    .jsonPath()
                    .getString("booking.id");
            // not for a firm it is not linked to
            system.asPartner()
                    .body(Map.of(
                            "instrumentId",
                            nmr,
                            "start",
                            start.plus(2, ChronoUnit.HOURS).toString(),
                            "end",
                            start.plus(3, ChronoUnit.HOURS).toString(),
                            "firmOrganizationId",
                            Demo.AH_QUANTUM.toString()))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(403);

            eventually().until(() -> received.size() >= 2);
            assertThat(received)
                    .extracting(r -> r.get("type"))
                    .containsExactlyInAnyOrder(
                            "io.deltashare.booking.BookingRequested.v1", "io.deltashare.booking.BookingConfirmed.v1");
            for (Map<String, String> delivery : received) {
                assertThat(JsonPath.from(delivery.get("body")).getString("data.booking.id"))
                        .isEqualTo(id);
                assertThat(signatureVerifies(secret, delivery.get("signature"), delivery.get("body")))
                        .isTrue();
            }
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void everyRoleFailsOnAnotherOrganizationsOrRegionsObjects() {
        String voucher = voucherFor("firm.sh-nanotech", "bureau.sh", "CN-SH");
        String sem = system.instrument("firm.sh-nanotech", "电镜", "CN-SH", "扫描");
        Instant start = Demo.weekdayAhead(4, "13:00");
        String id = system.as("firm.sh-nanotech")
                .body(Map.of(
                        "instrumentId",
                        sem,
                        "start",
                        start.toString(),
                        "end",
                        start.plus(1, ChronoUnit.HOURS).toString()))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("booking.id");

        // another firm: neither the booking nor the voucher exists for it, nor may it cancel
        system.as("firm.ah-quantum").get("/api/v1/bookings/" + id).then().statusCode(404);
        system.as("firm.ah-quantum")
                .post("/api/v1/bookings/" + id + "/cancellation")
                .then()
                .statusCode(404);
        system.as("firm.ah-quantum").get("/api/v1/vouchers/" + voucher).then().statusCode(404);
        // another provider may not approve a booking on the Shanghai centre's instrument
        system.as("provider.ah-hefei-institute")
                .post("/api/v1/bookings/" + id + "/approval")
                .then()
                .statusCode(oneOf(403, 404));
        // another region's bureau may not decide a Shanghai application
        String program = system.as("firm.sh-nanotech")
                .get("/api/v1/voucher-programs?limit=100&region=CN-SH")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.status == 'OPEN' }.id");
        String application = system.as("firm.sh-nanotech")
                .get("/api/v1/voucher-applications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.programId == '" + program + "' }.id");
        system.as("bureau.ah")
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(oneOf(403, 404));
        // a firm may not act as a bureau or a provider; nobody without a token gets anything
        system.as("firm.sh-nanotech")
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(403);
        system.as("firm.sh-nanotech")
                .post("/api/v1/bookings/" + id + "/approval")
                .then()
                .statusCode(oneOf(403, 404));
        system.anonymous().get("/api/v1/bookings/" + id).then().statusCode(401);
        // another region's bureau sees only its own statistics and accounts
        system.as("bureau.ah")
                .get("/api/v1/voucher-statistics?region=CN-SH")
                .then()
                .statusCode(oneOf(403, 404));
        system.as("bureau.ah")
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("items.owner", org.hamcrest.Matchers.everyItem(equalTo("CN-AH")));
        // the owner still sees its booking
        system.as("firm.sh-nanotech")
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items.booking.id", hasItem(id));
    }

    /** A partner's check, as the gateway README describes it. */
    private static boolean signatureVerifies(String secret, String header, String body) throws Exception {
        String t = header.replaceAll(".*t=([0-9]+).*", "$1");
        String v1 = header.replaceAll(".*v1=([0-9a-f]+).*", "$1");
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of()
                .formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)))
                .equals(v1);
    }
}
