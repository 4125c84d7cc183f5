package io.deltashare.gateway.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.sun.net.httpserver.HttpServer;
import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.booking.Fee;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.keycloak.PartnerClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks follow who a partner is linked to now, belong to one partner only, and have limits. */
@QuarkusTest
class WebhookRightsTest {

    private static final UUID JIANGSU_FIRM = DemoRealm.JS_BIOMED;
    private static final String CONFIRMED = "io.deltashare.booking.BookingConfirmed.v1";
    private static final String SECRET = "a-test-partner-secret";

    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("DeltaShare-Delivery"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aPartnerThatLosesAFirmNeitherGetsNorReadsNorRedeliversItsEventsAnyMore() {
        String partner = PartnerClients.create(Keycloak.shared(), SECRET, Map.of(JIANGSU_FIRM, "CN-JS"));
        String subscription =
                subscribe(as(partner)).then().statusCode(201).extract().path("id");
        TopicWriter.publish("booking", confirmed());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
        String delivery = received.get(0);

        PartnerClients.relink(Keycloak.shared(), partner, Map.of());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> as(partner)
                        .get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries")
                        .then()
                        .statusCode(200)
                        .body("items", empty()));
        TopicWriter.publish("booking", confirmed());

        as(partner)
                .get("/api/v1/webhooks/deliveries/" + delivery)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(partner)
                .post("/api/v1/webhooks/deliveries/" + delivery + "/redelivery")
                .then()
                .statusCode(404);
        Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(6))
                .until(() -> received.size() == 1);
        as(partner)
                .get("/api/v1/webhooks/subscriptions/" + subscription)
                .then()
                .statusCode(200)
                .body("firmOrganizationIds", empty());
    }

    @Test
    void theSecondPartnerNeverSeesTheFirstPartnersSubscriptionsOrDeliveries() {
        RequestSpecification first = given().auth()
                .oauth2(Keycloak.shared().tokens().forClient("partner-yangtze-lab-portal", "partner-demo-secret"));
        RequestSpecification second = given().auth()
                .oauth2(Keycloak.shared().tokens().forClient("partner-hefei-lab-portal", "partner-two-demo-secret"));
        String subscription = subscribe(first).then().statusCode(201).extract().path("id");
        TopicWriter.publish("booking", confirmed());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
        String delivery = received.get(0);

        second.get("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(subscription)));
        second.get("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(404);
        second.get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries")
                .then()
                .statusCode(404);
        second.get("/api/v1/webhooks/deliveries/" + delivery).then().statusCode(404);
        second.post("/api/v1/webhooks/deliveries/" + delivery + "/redelivery")
                .then()
                .statusCode(404);
        second.delete("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(404);
        first.get("/api/v1/webhooks/subscriptions/" + subscription)
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
        first.delete("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(200);
    }

    @Test
    void fifteenSubscriptionsAtOnceMakeTenAndTheRestAreRefused() throws Exception {
        String partner = PartnerClients.create(Keycloak.shared(), SECRET, Map.of(JIANGSU_FIRM, "CN-JS"));
        String token = Keycloak.shared().tokens().forClient(partner, SECRET);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            attempts.add(() -> subscribe(given().auth().oauth2(token)).statusCode());
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : clients.invokeAll(attempts)) {
            statuses.add(answer.get());
        }
        clients.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        subscribe(given().auth().oauth2(token))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("the most allowed (10)"));

        // the list is paged: 4, 4 and 2, newest first, each subscription once
        List<String> listed = new ArrayList<>();
        String page = "/api/v1/webhooks/subscriptions?limit=4";
        for (int pages = 0; page != null; pages++) {
            assertThat(pages).as("pages followed").isLessThan(3);
            var answer = given().auth()
                    .oauth2(token)
                    .get(page)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            listed.addAll(answer.getList("items.id", String.class));
            page = answer.getString("next");
        }
        assertThat(listed).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void aReplayedSubscriptionShowsTheSameSubscriptionButNeverItsSecretAgain() {
        String partner = PartnerClients.create(Keycloak.shared(), SECRET, Map.of(JIANGSU_FIRM, "CN-JS"));
        String key = UUID.randomUUID().toString();
        String id = subscribe(as(partner).header("Idempotency-Key", key))
                .then()
                .statusCode(201)
                .body("secret", notNullValue())
                .extract()
                .path("id");

        subscribe(as(partner).header("Idempotency-Key", key))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id))
                .body("secret", nullValue());
    }

    @Test
    void theDeliveryLogIsReadAPageAtATimeByItsNextLink() {
        String partner = PartnerClients.create(Keycloak.shared(), SECRET, Map.of(JIANGSU_FIRM, "CN-JS"));
        String subscription =
                subscribe(as(partner)).then().statusCode(201).extract().path("id");
        for (int i = 0; i < 3; i++) {
            TopicWriter.publish("booking", confirmed());
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 3);
        String log = "/api/v1/webhooks/subscriptions/" + subscription + "/deliveries";

        var first = as(partner)
                .get(log + "?status=DELIVERED&limit=2")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String next = first.getString("next");
        assertThat(first.getList("items.id", String.class)).hasSize(2);
        assertThat(next)
                .as("the next link keeps the filter and the page size")
                .contains("status=DELIVERED")
                .contains("limit=2")
                .contains("cursor=");
        var second = as(partner).get(next).then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.id", String.class))
                .hasSize(1)
                .doesNotContainAnyElementsOf(first.getList("items.id", String.class));
        assertThat(second.getString("next")).isNull();
        as(partner)
                .get(log + "?cursor=not-a-cursor")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
    }

    private io.restassured.response.Response subscribe(RequestSpecification as) {
        return as.contentType("application/json")
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "eventTypes",
                        List.of(CONFIRMED)))
                .post("/api/v1/webhooks/subscriptions");
    }

    private static RequestSpecification as(String partner) {
        return given().auth().oauth2(Keycloak.shared().tokens().forClient(partner, SECRET));
    }

    private static BookingConfirmed confirmed() {
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return new BookingConfirmed(new BookingSnapshot(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "electron-microscopy",
                UUID.randomUUID(),
                DemoRealm.SH_ANALYSIS_CENTRE,
                Region.CN_SH,
                JIANGSU_FIRM,
                Region.CN_JS,
                "SLOT",
                start,
                start.plus(2, ChronoUnit.HOURS),
                null,
                "ENTERPRISE",
                new Fee("HOUR", "2", new Money(80_000), new Money(160_000)),
                null,
                "CONFIRMED",
                2,
                false));
    }
}
