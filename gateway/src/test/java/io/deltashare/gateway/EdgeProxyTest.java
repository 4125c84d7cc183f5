package io.deltashare.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.keycloak.ShortLivedTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The gateway routes to the owning service, checks tokens at the edge, limits rates and never hangs. */
@QuarkusTest
class EdgeProxyTest {

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.shared().tokens().forUser(user, "demo"));
    }

    @Test
    void aRequestReachesItsServiceWithTokenRequestIdAndTraceparent() {
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        Response echo = given().auth()
                .oauth2(token)
                .header("X-Request-Id", "req-42")
                .queryParam("status", "CONFIRMED")
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "req-42")
                .header("RateLimit-Limit", "600")
                .extract()
                .response();
        assertThat(echo.jsonPath().getString("service")).isEqualTo("booking");
        assertThat(echo.jsonPath().getString("query")).isEqualTo("status=CONFIRMED");
        assertThat(echo.jsonPath().getString("headers.authorization")).isEqualTo("Bearer " + token);
        assertThat(echo.jsonPath().getString("headers.x-request-id")).isEqualTo("req-42");
        assertThat(echo.jsonPath().getString("headers.traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");

        given().auth()
                .oauth2(token)
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .get("/api/v1/instruments/42")
                .then()
                .statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("service", equalTo("instrument-catalog"))
                .body("headers.authorization", equalTo("Bearer " + token)) // now from the remembered token
                .body("headers.traceparent", equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        as("provider.sh-analysis-centre")
                .get("/api/v1/instruments/42/maintenance-blocks")
                .then()
                .statusCode(200)
                .body("service", equalTo("booking"));
    }

    @Test
    void bodiesStatusHeadersAndProblemsPassThrough() {
        as("firm.js-biomed")
                .contentType("application/json")
                .body("{\"samples\":3}")
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .header("ETag", "\"7\"")
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"samples\":3}"));
        as("firm.js-biomed")
                .get("/api/v1/bookings/missing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("booking missing"));
        as("firm.js-biomed").get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void noTokenOrATamperedOneIs401WithAChallenge() {
        given().get("/api/v1/bookings")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth()
                .oauth2(tampered)
                .get("/api/v1/bookings")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void thePublicCatalogIsReadWithoutATokenWithinAPerAddressBudget() {
        String address =
                "198.51.100." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250);
        given().header("X-Forwarded-For", address)
                .get("/api/v1/instruments?q=NMR")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "300")
                .body("service", equalTo("instrument-catalog"))
                .body("headers.authorization", org.hamcrest.Matchers.nullValue());
        for (String path : List.of(
                "/api/v1/providers/7",
                "/api/v1/instrument-categories",
                "/api/v1/instruments/42",
                "/api/v1/availability")) {
            given().header("X-Forwarded-For", address).get(path).then().statusCode(200);
        }
        // only reads of the catalog: writes, bookings, vouchers and an instrument's calendar need a token
        given().header("X-Forwarded-For", address)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/instruments")
                .then()
                .statusCode(401);
        for (String path : List.of(
                "/api/v1/bookings", "/api/v1/vouchers", "/api/v1/instruments/42/calendar.ics", "/api/v1/accounts")) {
            given().header("X-Forwarded-For", address).get(path).then().statusCode(401);
        }
        int sent = 0;
        Response answer;
        do {
            answer = given().header("X-Forwarded-For", address).get("/api/v1/instruments");
            sent++;
        } while (answer.statusCode() == 200 && sent < 400);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(sent).isBetween(290, 400);
        answer.then().contentType("application/problem+json").header("Retry-After", notNullValue());
        // another address has its own budget, and a signed-in caller its own
        given().header("X-Forwarded-For", "198.51.100.250")
                .get("/api/v1/instruments")
                .then()
                .statusCode(200);
        as("firm.js-biomed")
                .header("X-Forwarded-For", address)
                .get("/api/v1/instruments")
                .then()
                .statusCode(200);
    }

    @Test
    void anExpiredTokenIs401() {
        String token = ShortLivedTokens.expiringIn(Keycloak.shared(), 3);
        given().auth().oauth2(token).get("/api/v1/instruments/42").then().statusCode(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/v1/instruments/42")
                        .then()
                        .statusCode(401)
                        .contentType("application/problem+json")
                        .header("WWW-Authenticate", containsString("invalid_token")));
    }

    @Test
    void aServiceThatIsDownOrSilentIs503NotAHang() {
        as("admin.platform")
                .get("/api/v1/reconciliation")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("settlement"));
        long started = System.nanoTime();
        as("firm.js-biomed")
                .get("/api/v1/bookings/silent")
                .then()
                .statusCode(503)
                .contentType("application/problem+json");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        as("firm.js-biomed")
                .get("/api/v1/bookings/stopping")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("booking is not taking requests just now"));
    }

    @Test
    void aServiceKilledWhileItHoldsTheRequestIsA503OverHttp1AndHttp2() throws Exception {
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpClient http = HttpClient.newBuilder().version(version).build();
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> answer =
                        http.send(get("/api/v1/bookings/dies", token), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(version.name()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
            }
        }
    }

    @Test
    void aServiceKilledHalfwayThroughItsAnswerBreaksTheCallersAnswerInsteadOfLeavingItHanging() {
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpClient http = HttpClient.newBuilder().version(version).build();
            long started = System.nanoTime();
            assertThatThrownBy(() -> http.send(
                            get("/api/v1/bookings/dies-answering", token), HttpResponse.BodyHandlers.ofString()))
                    .as(version.name())
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    private static HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10))
                .build();
    }

    @Test
    void aCallerOverItsRateLimitGets429ThenRecovers() {
        // the test tier: 3 requests, one more every 3 s; one token, so the calls follow each other closely
        String token = Keycloak.shared().tokens().forUser("firm.ah-quantum", "demo");
        int allowed = 0;
        Response refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            Response response = given().auth().oauth2(token).get("/api/v1/bookings");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                allowed++;
            }
        }
        assertThat(allowed).as("requests before the first 429").isBetween(3, 4);
        assertThat(refused).isNotNull();
        refused.then()
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0");
        // another caller is not affected
        as("firm.zj-materials").get("/api/v1/bookings").then().statusCode(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        given().auth().oauth2(token).get("/api/v1/bookings").statusCode() == 200);
    }

    @Test
    void onlyConfiguredPartnerOriginsMayCallFromABrowser() {
        given().header("Origin", "https://portal.example-partner.cn")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/bookings")
                .then()
                .header("Access-Control-Allow-Origin", "https://portal.example-partner.cn");
        String other = given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/bookings")
                .then()
                .extract()
                .header("Access-Control-Allow-Origin");
        assertThat(other).isNotEqualTo("https://evil.example.com");
    }

    @Test
    void aRequestIdOrTraceparentOfTheWrongShapeIsReplacedNotPassedOn() {
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        String zeros = "00-00000000000000000000000000000000-b7ad6b7169203331-01";
        Response echo = given().auth()
                .oauth2(token)
                .header("X-Request-Id", "<script>alert(1)</script>")
                .header("traceparent", zeros)
                .header("tracestate", "vendor=forged")
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .extract()
                .response();

        assertThat(echo.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(echo.jsonPath().getString("headers.x-request-id")).isEqualTo(echo.header("X-Request-Id"));
        assertThat(echo.jsonPath().getString("headers.traceparent"))
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                .isNotEqualTo(zeros);
        assertThat(echo.jsonPath().getString("headers.tracestate")).isNull();
        given().auth()
                .oauth2(token)
                .header("X-Request-Id", "x".repeat(65))
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItReachesTheService() {
        String body = "{\"note\":\"" + "x".repeat(300 * 1024) + "\"}";
        as("firm.js-biomed")
                .contentType("application/json")
                .body(body)
                .post("/api/v1/bookings")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("over the limit of 262144 bytes"));
        as("firm.js-biomed")
                .contentType("application/json")
                .body("{\"note\":\"" + "x".repeat(200 * 1024) + "\"}")
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
    }

    @Test
    void requestsWithoutAValidTokenHaveABudgetPerAddressWhileKnownTokensPass() {
        String address =
                "203.0.113." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250);
        String known = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        given().auth()
                .oauth2(known)
                .header("X-Forwarded-For", address)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200);
        // 60 a minute, refilled one a second: as fast as one client sends, the budget runs out after about 60
        int sent = 0;
        Response answer;
        do {
            answer = given().header("X-Forwarded-For", address)
                    .auth()
                    .oauth2("not-a-token-" + sent)
                    .get("/api/v1/bookings");
            sent++;
        } while (answer.statusCode() == 401 && sent < 90);

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(sent).isBetween(61, 90);
        answer.then().contentType("application/problem+json").header("Retry-After", notNullValue());
        given().auth()
                .oauth2(known)
                .header("X-Forwarded-For", address)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200);
        given().header("X-Forwarded-For", "203.0.113.250")
                .get("/api/v1/bookings")
                .then()
                .statusCode(401);
    }

    @Test
    void aChunkedBodySentWithoutItsLengthReachesTheServiceWhole() throws Exception {
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        String body = "{\"samples\":" + "1".repeat(10) + "}";
        for (HttpClient.Version version : List.of(HttpClient.Version.HTTP_1_1, HttpClient.Version.HTTP_2)) {
            HttpClient client = HttpClient.newBuilder().version(version).build();
            // a first request without a body upgrades the connection (h2c); the POST then travels as HTTP/2 frames
            client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/bookings"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> echo = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/bookings"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                                    body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(echo.version()).isEqualTo(version);
            assertThat(echo.statusCode()).as(version + ": " + echo.body()).isEqualTo(201);
            assertThat(echo.body()).as(version.toString()).contains("\\\"samples\\\":1111111111");
        }
    }
}
