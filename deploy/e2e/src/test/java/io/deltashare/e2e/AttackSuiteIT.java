package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.testkit.api.OpenApiDocuments;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.KeycloakAdmin;
import io.deltashare.testkit.keycloak.KeycloakServer;
import io.deltashare.testkit.keycloak.ShortLivedTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The OWASP API Security Top 10 (2023), played as an attacker would through the gateway against the whole running
 * system with real Keycloak tokens. Each nested class is one item; {@code SECURITY.md} maps items to these tests and
 * to what enforces them.
 */
class AttackSuiteIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    private static RequestSpecification as(String user) {
        return system.as(user);
    }

    private static RequestSpecification withToken(String token) {
        return RestAssured.given()
                .baseUri(system.local().gatewayUrl())
                .auth()
                .oauth2(token)
                .contentType("application/json");
    }

    private static RequestSpecification partner(String clientId, String secret) {
        return withToken(system.tokens().forClient(clientId, secret));
    }

    /** An address of its own (the gateway believes X-Forwarded-For from loopback), so budgets do not mix. */
    private static String anAddress() {
        return "198.18." + ThreadLocalRandom.current().nextInt(0, 255) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);
    }

    /** API1: Broken Object Level Authorization. */
    @Nested
    class ObjectLevelAuthorization {

        @Test
        void nobodyButTheFirmAndItsProviderSeesOrMovesAnOrderItsRequestOrItsFiles() throws Exception {
            String lab = "provider.zj-fluid-engineering-lab";
            ServiceOrders orders = new ServiceOrders(system);
            String offer = orders.offered(lab, DemoRealm.ZJ_FLUID_ENGINEERING_LAB.toString(), "Attack suite rig");
            String request = orders.asked(
                    "firm.js-biomed", ServiceOrders.toProvidersOf("Attack suite rig", List.of(offer)), answer -> true);
            // a provider the request did not go to cannot quote on it, nor read it
            as("provider.zj-electromechanical-institute")
                    .body(ServiceOrders.quote("1.00"))
                    .post("/api/v1/quote-requests/" + request + "/quotes")
                    .then()
                    .statusCode(404);
            String order = orders.ordered("firm.js-biomed", request, orders.quoted(lab, request, "10000.00"));
            String file = as(lab).contentType("application/pdf")
                    .queryParam("name", "report.pdf")
                    .body("%PDF-1.7\nconfidential test report\n".getBytes(StandardCharsets.US_ASCII))
                    .post("/api/v1/orders/" + order + "/deliverables")
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location");

            // a stranger of the right role finds nothing (404); one of another role is refused whatever the id (403)
            for (String stranger :
                    List.of("firm.zj-materials", "provider.zj-electromechanical-institute", "bureau.js")) {
                boolean provider = stranger.startsWith("provider.");
                boolean firm = stranger.startsWith("firm.");
                as(stranger).get("/api/v1/orders/" + order).then().statusCode(404);
                as(stranger).get("/api/v1/quote-requests/" + request).then().statusCode(404);
                as(stranger).get(file).then().statusCode(404);
                as(stranger)
                        .get("/api/v1/orders/" + order + "/deliverables")
                        .then()
                        .statusCode(404);
                as(stranger)
                        .body(Map.of("note", "delivered"))
                        .post("/api/v1/orders/" + order + "/milestones/1/delivery")
                        .then()
                        .statusCode(provider ? 404 : 403);
                as(stranger)
                        .post("/api/v1/orders/" + order + "/milestones/1/acceptance")
                        .then()
                        .statusCode(firm ? 404 : 403);
                as(stranger)
                        .post("/api/v1/orders/" + order + "/cancellation")
                        .then()
                        .statusCode(firm ? 404 : 403);
            }
            partner("partner-hefei-lab-portal", "partner-two-demo-secret")
                    .get("/api/v1/orders/" + order)
                    .then()
                    .statusCode(404);
            as("firm.zj-materials")
                    .body(Map.of("orderId", order, "quality", 1, "timeliness", 1, "service", 1))
                    .post("/api/v1/ratings")
                    .then()
                    .statusCode(404);
            // the provider cannot act as the firm
            as(lab).post("/api/v1/orders/" + order + "/milestones/1/acceptance")
                    .then()
                    .statusCode(403);
            as("firm.js-biomed")
                    .get("/api/v1/orders/" + order)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACTIVE"));
        }

        @Test
        void aFirmCannotReadAnotherFirmsStatementOrAccount() {
            String month = YearMonth.now(Demo.SHANGHAI).toString();
            as("firm.sh-nanotech")
                    .get("/api/v1/statements/firms/" + Demo.JS_BIOMED + "/" + month)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            as("firm.sh-nanotech")
                    .get("/api/v1/accounts")
                    .then()
                    .statusCode(200)
                    .body("items.owner", not(hasItem(Demo.JS_BIOMED.toString())));
        }

        @Test
        void aProvidersReportIsForItsStaffTheBureauOfItsProvinceAndTheAdminOnly() {
            String report = "/api/v1/provider-reports/"
                    + system.anonymous()
                            .get("/api/v1/providers?organization=" + Demo.SH_ANALYSIS_CENTRE)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("items[0].id");
            for (String reader : List.of("provider.sh-analysis-centre", "bureau.sh", "admin.platform")) {
                as(reader).get(report).then().statusCode(200);
            }
            for (String stranger : List.of("bureau.js", "provider.ah-hefei-institute")) {
                as(stranger).get(report).then().statusCode(404).contentType("application/problem+json");
            }
            as("firm.js-biomed").get(report).then().statusCode(403).contentType("application/problem+json");
        }

        @Test
        void aBureauSeesOnlyItsOwnRegionsClaimBatches() {
            as("bureau.zj")
                    .get("/api/v1/claim-batches?region=CN-JS")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }

        @Test
        void theSecondPartnerCannotActForTheFirstPartnersFirmsNorSeeItsWebhooks() {
            RequestSpecification first = partner("partner-yangtze-lab-portal", "partner-demo-secret");
            String subscription = first.body(Map.of(
                            "url",
                            "http://127.0.0.1:9/hooks",
                            "eventTypes",
                            List.of("io.deltashare.booking.BookingConfirmed.v1")))
                    .post("/api/v1/webhooks/subscriptions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            RequestSpecification second = partner("partner-hefei-lab-portal", "partner-two-demo-secret");

            second.get("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(404);
            partner("partner-hefei-lab-portal", "partner-two-demo-secret")
                    .get("/api/v1/webhooks/subscriptions")
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(subscription)));
            partner("partner-hefei-lab-portal", "partner-two-demo-secret")
                    .body(Map.of(
                            "instrumentId",
                            system.demoInstruments().get(0),
                            "samples",
                            1,
                            "firmOrganizationId",
                            Demo.JS_BIOMED.toString()))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            partner("partner-yangtze-lab-portal", "partner-demo-secret")
                    .delete("/api/v1/webhooks/subscriptions/" + subscription)
                    .then()
                    .statusCode(200);
        }
    }

    /** API2: Broken Authentication: every forged, foreign or stale token is a 401 at the gateway. */
    @Nested
    class Authentication {

        private String valid() {
            return system.tokens().forUser("firm.js-biomed", "demo");
        }

        private void refused(String token) {
            withToken(token)
                    .header("X-Forwarded-For", anAddress())
                    .get("/api/v1/bookings")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }

        @Test
        void aTokenWithItsSignatureStrippedAndAlgNoneIsRefused() throws Exception {
            String[] parts = valid().split("\\.");
            refused(encode(Map.of("alg", "none", "typ", "JWT")) + "." + parts[1] + ".");
        }

        @Test
        void aTokenSignedHs256WithTheRealmsPublicKeyIsRefused() throws Exception {
            JsonNode key = JSON.readTree(
                            get(system.local().keycloakUrl() + "/realms/deltashare/protocol/openid-connect/certs"))
                    .path("keys")
                    .get(0);
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(
                            new BigInteger(
                                    1,
                                    Base64.getUrlDecoder().decode(key.path("n").asText())),
                            new BigInteger(
                                    1,
                                    Base64.getUrlDecoder().decode(key.path("e").asText()))));
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
            String payload = valid().split("\\.")[1];
            for (byte[] secret : List.of(pem.getBytes(StandardCharsets.US_ASCII), publicKey.getEncoded())) {
                String unsigned = encode(Map.of(
                                "alg",
                                "HS256",
                                "typ",
                                "JWT",
                                "kid",
                                key.path("kid").asText())) + "." + payload;
                refused(unsigned + "." + hmac(secret, unsigned));
            }
        }

        @Test
        void aTokenWhosePayloadWasChangedIsRefused() throws Exception {
            String[] parts = valid().split("\\.");
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            ((com.fasterxml.jackson.databind.node.ObjectNode) claims.path("realm_access"))
                    .set("roles", JSON.valueToTree(List.of("admin", "firm")));
            refused(parts[0] + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims)) + "."
                    + parts[2]);
        }

        @Test
        void aTokenOfAnotherRealmIsRefused() throws Exception {
            String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
            JsonNode master = JSON.readTree(HTTP.send(
                            HttpRequest.newBuilder(URI.create(system.local().keycloakUrl()
                                            + "/realms/master/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            refused(master.path("access_token").asText());
        }

        @Test
        void anIdTokenUsedAsABearerTokenIsRefused() throws Exception {
            String form = "grant_type=password&client_id=deltashare-demo-cli&username=firm.js-biomed&password=demo"
                    + "&scope=" + URLEncoder.encode("openid", StandardCharsets.UTF_8);
            JsonNode answer = JSON.readTree(HTTP.send(
                            HttpRequest.newBuilder(URI.create(system.local().keycloakUrl()
                                            + "/realms/deltashare/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            assertThat(answer.path("id_token").asText()).isNotBlank();
            refused(answer.path("id_token").asText());
        }

        @Test
        void aTokenWithoutTheApiAudienceAndAnExpiredOneAreRefused() throws Exception {
            KeycloakServer keycloak = new KeycloakServer() {
                @Override
                public String url() {
                    return system.local().keycloakUrl();
                }

                @Override
                public String realm() {
                    return "deltashare";
                }

                @Override
                public void close() {
                    // the system's own Keycloak, stopped with it
                }
            };
            String expiring = ShortLivedTokens.expiringIn(keycloak, 2);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> refused(expiring));
            String clientId = "no-audience-" + UUID.randomUUID();
            new KeycloakAdmin(keycloak)
                    .create(
                            "/deltashare/clients",
                            Map.of(
                                    "clientId",
                                    clientId,
                                    "secret",
                                    "s3cret",
                                    "publicClient",
                                    false,
                                    "serviceAccountsEnabled",
                                    true,
                                    "standardFlowEnabled",
                                    false,
                                    "defaultClientScopes",
                                    List.of("basic", "roles")));
            String noAudience = keycloak.tokens().forClient(clientId, "s3cret");
            JsonNode claims =
                    JSON.readTree(Base64.getUrlDecoder().decode(noAudience.split("\\.")[1]));
            assertThat(claims.path("aud").toString()).doesNotContain("deltashare-api");
            refused(noAudience);
        }
    }

    /** API3: Broken Object Property Level Authorization: fields a caller may not set are refused. */
    @Nested
    class PropertyLevelAuthorization {

        @Test
        void aBookingThatTriesToSetItsOwnStatusOrFeeIsRefusedNamingTheField() {
            as("firm.js-biomed")
                    .body(Map.of(
                            "instrumentId",
                            UUID.randomUUID().toString(),
                            "samples",
                            2,
                            "status",
                            "COMPLETED",
                            "feeFen",
                            1))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("unknown field"));
        }

        @Test
        void aQuoteOrARatingThatTriesToSetWhatThePlatformDecidesIsRefusedNamingTheField() {
            Map<String, Object> quote = new java.util.HashMap<>(ServiceOrders.quote("1000.00"));
            quote.put("status", "ACCEPTED");
            as("provider.zj-fluid-engineering-lab")
                    .body(quote)
                    .post("/api/v1/quote-requests/" + UUID.randomUUID() + "/quotes")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("unknown field"));
            as("firm.js-biomed")
                    .body(Map.of(
                            "orderId", UUID.randomUUID().toString(),
                            "quality", 5,
                            "timeliness", 5,
                            "service", 5,
                            "providerReply", "thank you"))
                    .post("/api/v1/ratings")
                    .then()
                    .statusCode(400)
                    .body("detail", containsString("unknown field"));
        }

        @Test
        void providerStaffCannotMoveTheirProviderToAnotherRegion() {
            String provider = as("provider.sh-analysis-centre")
                    .get("/api/v1/providers?organization=" + DemoRealm.SH_ANALYSIS_CENTRE)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items[0].id");
            io.restassured.response.Response current =
                    as("provider.sh-analysis-centre").get("/api/v1/providers/" + provider);
            Map<String, Object> details = new java.util.HashMap<>(Map.of(
                    "name",
                    current.<Object>path("name"),
                    "region",
                    "CN-JS",
                    "city",
                    "Suzhou",
                    "type",
                    current.<Object>path("type"),
                    "accreditations",
                    current.<Object>path("accreditations"),
                    "contactEmail",
                    current.<Object>path("contactEmail")));
            as("provider.sh-analysis-centre")
                    .header("If-Match", current.header("ETag"))
                    .body(details)
                    .put("/api/v1/providers/" + provider)
                    .then()
                    .statusCode(403)
                    .body("detail", containsString("region (CN-SH → CN-JS)"));
        }
    }

    /** API4: Unrestricted Resource Consumption: body size, page size and request rates have limits. */
    @Nested
    class ResourceConsumption {

        @Test
        void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
            String body = "{\"plannedUse\":\"" + "x".repeat(300 * 1024) + "\"}";
            as("firm.js-biomed")
                    .body(body)
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(413)
                    .contentType("application/problem+json");
            HttpResponse<String> chunked = HTTP.send(
                    HttpRequest.newBuilder(URI.create(system.local().gatewayUrl() + "/api/v1/bookings"))
                            .version(HttpClient.Version.HTTP_1_1)
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + system.tokens().forUser("firm.js-biomed", "demo"))
                            .POST(HttpRequest.BodyPublishers.ofInputStream(
                                    () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
            assertThat(chunked.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
        }

        @Test
        void aPageLargerThanTheLargestIsRefused() {
            for (String list : List.of(
                    "/api/v1/bookings",
                    "/api/v1/instruments",
                    "/api/v1/providers",
                    "/api/v1/voucher-programs",
                    "/api/v1/accounts")) {
                as("firm.js-biomed")
                        .queryParam("limit", 1000)
                        .get(list)
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json");
            }
        }

        /**
         * The public change feed cannot be made to read without bound: at most 500 a page, a cursor only of its own
         * making (a forged one is a 400, not a scan from a guessed position).
         */
        @Test
        void theCatalogChangeFeedIsPagedAndTakesOnlyItsOwnCursors() {
            system.anonymous()
                    .queryParam("limit", 501)
                    .get("/api/v1/catalog-changes")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("limit"));
            for (String forged : List.of("YzE6LTE6MA", "c1:999999999999:0", "' OR 1=1 --")) {
                system.anonymous()
                        .queryParam("since", forged)
                        .get("/api/v1/catalog-changes")
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("detail", containsString("since"));
            }
            system.anonymous()
                    .queryParam("limit", 500)
                    .get("/api/v1/catalog-changes")
                    .then()
                    .statusCode(200)
                    .body("items.size()", lessThanOrEqualTo(500));
        }

        /**
         * The budget is 60 a minute, refilled one a second: within 90 bad tokens sent as fast as one client can, one
         * address runs into 429 (problem+json, Retry-After), and not before it has spent most of the budget.
         */
        @Test
        void anAddressSendingBadTokensIsStoppedBeforeTheSignatureCheck() {
            String address = anAddress();
            int refusedAt = firstRefusal(
                    i -> withToken("forged." + i + ".token")
                            .header("X-Forwarded-For", address)
                            .get("/api/v1/bookings"),
                    401);
            assertThat(refusedAt).isBetween(60, 90);
        }

        @Test
        void theApiDocumentationIsCachedAndLimitedPerAddress() {
            String address = anAddress();
            int refusedAt = firstRefusal(
                    i -> system.anonymous().header("X-Forwarded-For", address).get("/openapi/booking"), 200);
            assertThat(refusedAt).isBetween(60, 90);
            system.anonymous().get("/openapi/booking").then().header("Cache-Control", containsString("max-age"));
        }

        /** Sends until the first 429 (every answer before it {@code expected}); the number of requests that took. */
        private int firstRefusal(java.util.function.IntFunction<io.restassured.response.Response> send, int expected) {
            for (int i = 0; i < 90; i++) {
                io.restassured.response.Response answer = send.apply(i);
                if (answer.statusCode() == 429) {
                    answer.then().header("Retry-After", notNullValue()).contentType("application/problem+json");
                    return i;
                }
                assertThat(answer.statusCode()).as("request %d", i).isEqualTo(expected);
            }
            throw new AssertionError("no 429 within 90 requests from one address");
        }
    }

    /** API5: Broken Function Level Authorization: operations of another role are 403. */
    @Nested
    class FunctionLevelAuthorization {

        @Test
        void aFirmCannotUseOperatorOrFinanceOperations() {
            as("firm.js-biomed").get("/api/v1/dead-letters/booking").then().statusCode(403);
            as("firm.js-biomed").get("/api/v1/reconciliation").then().statusCode(403);
            as("firm.js-biomed")
                    .body(Map.of(
                            "kind",
                            "FIRM_PAYMENT",
                            "organizationId",
                            Demo.JS_BIOMED.toString(),
                            "amount",
                            Map.of("amount", "1.00", "currency", "CNY"),
                            "reference",
                            "x"))
                    .post("/api/v1/payments")
                    .then()
                    .statusCode(403);
        }

        @Test
        void onlyFinancePaysSubsidiesAndOnlyBureausAssessProviders() {
            for (String payer : List.of("bureau.sh", "admin.platform", "provider.sh-analysis-centre")) {
                as(payer)
                        .body(Map.of("reference", "self-paid"))
                        .post("/api/v1/subsidies/" + UUID.randomUUID() + "/payment")
                        .then()
                        .statusCode(403)
                        .contentType("application/problem+json");
            }
            as("firm.js-biomed")
                    .get("/api/v1/assessment-schemes")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            as("provider.sh-analysis-centre")
                    .post("/api/v1/subsidy-allocations/" + UUID.randomUUID() + "/approval")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }

        @Test
        void aBureauCannotMarkItsOwnClaimBatchPaid() {
            as("bureau.js")
                    .body(Map.of("reference", "self-paid"))
                    .post("/api/v1/claim-batches/" + UUID.randomUUID() + "/payment")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    /**
     * API6: Unrestricted Access to Sensitive Business Flows: one firm cannot hoard an instrument's calendar, and a
     * provider cannot bill what the firm did not agree to.
     */
    @Nested
    class SensitiveBusinessFlows {

        @Test
        void aFirmHoldsAtMostTwentyFutureSlotsOfOneInstrumentAndBooksAtMostNinetyDaysAhead() throws Exception {
            String instrument = aShanghaiInstrumentOpenAroundTheClock("攻击测试仪", "Hoarding target");
            Instant first = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> as("firm.zj-materials")
                            .body(slot(instrument, first.plus(100, ChronoUnit.DAYS)))
                            .post("/api/v1/quotes")
                            .then()
                            .statusCode(400)
                            .body("detail", containsString("90 days")));
            Instant start = first;
            for (int made = 0; made < 20; made++) {
                start = nextSlot(start);
                as("firm.zj-materials")
                        .body(slot(instrument, start))
                        .post("/api/v1/bookings")
                        .then()
                        .statusCode(201);
                start = start.plus(1, ChronoUnit.HOURS);
            }
            as("firm.zj-materials")
                    .body(slot(instrument, nextSlot(start)))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("https://deltashare.io/problems/booking-limit"));
        }

        @Test
        void aProviderBillsNoMoreThanWasBookedWithoutTheFirmAndNothingWhileTheFirmDisputes() throws Exception {
            String instrument = aShanghaiInstrumentOpenAroundTheClock("计费测试仪", "Billing target");
            long owedBefore = owedFen("firm.js-biomed", Demo.JS_BIOMED);
            Instant start = nextSlot(Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
            String id = Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(
                            () -> as("firm.js-biomed")
                                    .body(slot(instrument, start))
                                    .post("/api/v1/bookings")
                                    .then()
                                    .extract(),
                            made -> made.statusCode() == 201)
                    .path("booking.id");
            String booking = "/api/v1/bookings/" + id;
            as("provider.sh-analysis-centre").post(booking + "/start").then().statusCode(200);

            // ten hours on a one-hour slot: reported, but it waits for the firm however long it stays unanswered
            as("provider.sh-analysis-centre")
                    .body(Map.of("actualMinutes", 600))
                    .post(booking + "/completion")
                    .then()
                    .statusCode(200)
                    .body("booking.status", equalTo("DELIVERED"))
                    .body("usageReport.firmConsentRequired", equalTo(true));
            as("provider.sh-analysis-centre")
                    .post(booking + "/acceptance")
                    .then()
                    .statusCode(403);
            as("firm.sh-nanotech").post(booking + "/acceptance").then().statusCode(404);
            as("firm.sh-nanotech")
                    .body(Map.of("reason", "not ours"))
                    .post(booking + "/dispute")
                    .then()
                    .statusCode(404);
            as("firm.js-biomed")
                    .body(Map.of("reason", "we used one hour"))
                    .post(booking + "/dispute")
                    .then()
                    .statusCode(200)
                    .body("booking.status", equalTo("DISPUTED"));
            as("provider.sh-analysis-centre")
                    .body(Map.of("actualMinutes", 30))
                    .post(booking + "/dispute-decision")
                    .then()
                    .statusCode(403);

            // the provider reports again, the firm accepts: the ledger holds the hour, never the ten
            as("provider.sh-analysis-centre")
                    .body(Map.of("actualMinutes", 60))
                    .post(booking + "/completion")
                    .then()
                    .statusCode(200)
                    .body("usageReport.firmConsentRequired", equalTo(false));
            as("firm.js-biomed")
                    .post(booking + "/acceptance")
                    .then()
                    .statusCode(200)
                    .body("booking.status", equalTo("COMPLETED"))
                    .body("booking.fee.amount.amount", equalTo("650.00"));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> owedFen("firm.js-biomed", Demo.JS_BIOMED) - owedBefore, equalTo(65_000L));
        }

        /** A new instrument of the Shanghai centre, bookable at any hour without approval, at 650.00 an hour. */
        private String aShanghaiInstrumentOpenAroundTheClock(String zh, String en) throws Exception {
            String provider = as("admin.platform")
                    .get("/api/v1/instruments/" + system.demoInstruments().get(0))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("providerId");
            return system.demo()
                    .aroundTheClockInstrument("provider.sh-analysis-centre", provider, zh, en, "electron-microscopy");
        }

        private long owedFen(String user, UUID firm) {
            String owed = as(user).get("/api/v1/accounts")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getString("items.find { it.kind == 'FIRM_RECEIVABLE' && it.owner == '" + firm + "' }.owed.amount");
            return owed == null
                    ? 0
                    : new java.math.BigDecimal(owed).movePointRight(2).longValueExact();
        }

        private Instant nextSlot(Instant from) {
            return from.atZone(Demo.SHANGHAI).getHour() == 23 ? from.plus(1, ChronoUnit.HOURS) : from;
        }

        private Map<String, Object> slot(String instrument, Instant start) {
            return Map.of(
                    "instrumentId",
                    instrument,
                    "start",
                    start.toString(),
                    "end",
                    start.plus(1, ChronoUnit.HOURS).toString());
        }
    }

    /** API7: Server Side Request Forgery: webhooks reach public HTTPS endpoints only. */
    @Nested
    class ServerSideRequestForgery {

        @Test
        void webhookTargetsInsideOrTranslatedIntoThePlatformsNetworkAreRefused() {
            for (String url : List.of(
                    "https://169.254.169.254/latest/meta-data",
                    "https://10.0.0.1/hook",
                    "https://[64:ff9b::a9fe:a9fe]/hook",
                    "https://[2002:a9fe:a9fe::1]/hook",
                    "https://[fd00::1]/h",
                    "http://partner.example.cn/hook",
                    "https://user:pw@partner.example.cn/hook")) {
                partner("partner-yangtze-lab-portal", "partner-demo-secret")
                        .body(Map.of("url", url, "eventTypes", List.of("io.deltashare.booking.BookingConfirmed.v1")))
                        .post("/api/v1/webhooks/subscriptions")
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors.field", hasItem("url"));
            }
        }
    }

    /** API8: Security Misconfiguration: operations endpoints are not public, CORS and headers are strict. */
    @Nested
    class Misconfiguration {

        @Test
        void healthAndMetricsAreNotOnThePublicPortButOnTheManagementOne() throws Exception {
            system.anonymous().get("/q/metrics").then().statusCode(404);
            system.anonymous().get("/q/health/ready").then().statusCode(404);
            assertThat(get("http://127.0.0.1:" + system.local().managementPort("gateway") + "/q/health/ready"))
                    .contains("UP");
        }

        @Test
        void anotherOriginGetsNoCorsGrantAndForgedRequestIdsAreReplaced() {
            String granted = system.anonymous()
                    .header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST")
                    .options("/api/v1/bookings")
                    .then()
                    .extract()
                    .header("Access-Control-Allow-Origin");
            assertThat(granted).isNotEqualTo("https://evil.example").isNotEqualTo("*");
            as("firm.js-biomed")
                    .header("X-Request-Id", "<script>alert(1)</script>")
                    .get("/api/v1/bookings")
                    .then()
                    .statusCode(200)
                    .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        }
    }

    /** API9: Improper Inventory Management: one documented API, nothing undocumented answers. */
    @Nested
    class Inventory {

        @Test
        void everyCollectionTheGatewayRoutesIsInTheDocumentAndOtherVersionsAreUnknown() {
            io.restassured.path.json.JsonPath document = system.anonymous()
                    .get("/openapi")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            Map<String, Object> paths = document.getMap("paths");
            for (String collection : List.of(
                    "bookings",
                    "quotes",
                    "availability",
                    "providers",
                    "instruments",
                    "voucher-programs",
                    "voucher-applications",
                    "vouchers",
                    "accounts",
                    "payments",
                    "statements",
                    "claim-batches",
                    "reconciliation",
                    "webhooks",
                    "joining-applications",
                    "indicators",
                    "dead-letters")) {
                assertThat(paths.keySet()).as(collection).anyMatch(path -> path.startsWith("/api/v1/" + collection));
            }
            as("firm.js-biomed").get("/api/v2/bookings").then().statusCode(404);
            as("firm.js-biomed").get("/api/v1/internal").then().statusCode(404);
            OpenApiDocuments.assertStatesItsBodies(document.prettify());
        }
    }

    /** API10: Unsafe Consumption of APIs: the platform never replays another caller's answer. */
    @Nested
    class UnsafeConsumption {

        @Test
        void anIdempotencyKeyOfOneCallerNeverReplaysAnotherCallersAnswer() {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = Map.of(
                    "url",
                    "http://127.0.0.1:9/hooks",
                    "eventTypes",
                    List.of("io.deltashare.booking.BookingConfirmed.v1"));
            String first = partner("partner-yangtze-lab-portal", "partner-demo-secret")
                    .header("Idempotency-Key", key)
                    .body(body)
                    .post("/api/v1/webhooks/subscriptions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            partner("partner-hefei-lab-portal", "partner-two-demo-secret")
                    .header("Idempotency-Key", key)
                    .body(body)
                    .post("/api/v1/webhooks/subscriptions")
                    .then()
                    .statusCode(201)
                    .header("Idempotent-Replayed", nullValue())
                    .body("id", not(equalTo(first)))
                    .body("secret", notNullValue());
            partner("partner-yangtze-lab-portal", "partner-demo-secret")
                    .delete("/api/v1/webhooks/subscriptions/" + first)
                    .then()
                    .statusCode(200);
        }
    }

    private static String encode(Map<String, String> header) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(header));
    }

    private static String hmac(byte[] secret, String unsigned) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
