package io.deltashare.gateway.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.booking.Fee;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A partner subscribes a local receiver, a booking event about its linked firm is published to the real broker, and the
 * receiver gets a signed delivery, answers 500 once, and gets the retry; events about other firms never reach it.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String PARTNER = "partner-yangtze-lab-portal";
    private static final UUID LINKED_FIRM = DemoRealm.JS_BIOMED;
    private static final UUID UNLINKED_FIRM = DemoRealm.AH_QUANTUM;
    private static final String CONFIRMED = "io.deltashare.booking.BookingConfirmed.v1";

    /** What the receiver got: headers it cares about and the raw body. */
    record Received(String signature, String deliveryHeader, String eventType, String body) {}

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("DeltaShare-Signature"),
                    exchange.getRequestHeaders().getFirst("DeltaShare-Delivery"),
                    exchange.getRequestHeaders().getFirst("DeltaShare-Event-Type"),
                    body));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private static RequestSpecification asPartner() {
        return given().auth().oauth2(Keycloak.shared().tokens().forClient(PARTNER, "partner-demo-secret"));
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @Test
    void aSignedDeliveryFailsOnceIsRetriedAndCanBeRedelivered() throws Exception {
        failuresLeft.set(1);
        var created = asPartner()
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("url", hookUrl(), "eventTypes", List.of(CONFIRMED)))
                .post("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(201)
                .body("secret", notNullValue())
                .body("firmOrganizationIds", hasItem(LINKED_FIRM.toString()))
                .body("eventTypes", equalTo(List.of(CONFIRMED)))
                .extract()
                .jsonPath();
        String subscription = created.getString("id");
        String secret = created.getString("secret");
        asPartner()
                .get("/api/v1/webhooks/subscriptions/" + subscription)
                .then()
                .statusCode(200)
                .body("secret", nullValue())
                .body("active", equalTo(true));

        CloudEvent other = TopicWriter.publish("booking", confirmed(UNLINKED_FIRM));
        BookingConfirmed confirmed = confirmed(LINKED_FIRM);
        CloudEvent event = TopicWriter.publish("booking", confirmed);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);
        assertThat(received).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        for (Received delivery : received) {
            assertThat(verifies(secret, delivery.signature(), delivery.body()))
                    .as("signature of %s", delivery)
                    .isTrue();
            assertThat(verifies("another secret", delivery.signature(), delivery.body()))
                    .isFalse();
            JsonNode body = json.readTree(delivery.body());
            assertThat(body.path("eventId").asText()).isEqualTo(event.id().toString());
            assertThat(body.path("type").asText()).isEqualTo(CONFIRMED).isEqualTo(delivery.eventType());
            assertThat(body.path("firmOrganizationId").asText()).isEqualTo(LINKED_FIRM.toString());
            assertThat(body.path("data").path("booking").path("status").asText())
                    .isEqualTo("CONFIRMED");
            assertThat(body.path("deliveryId").asText()).isEqualTo(delivery.deliveryHeader());
        }
        assertThat(received.get(0).deliveryHeader()).isEqualTo(received.get(1).deliveryHeader());
        String deliveryId = received.get(0).deliveryHeader();

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> asPartner()
                        .get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1))
                        .body("items[0].status", equalTo("DELIVERED"))
                        .body("items[0].attempts", equalTo(2))
                        .body("items[0].eventId", not(other.id().toString())));
        asPartner()
                .get("/api/v1/webhooks/deliveries/" + deliveryId)
                .then()
                .statusCode(200)
                .body("attemptLog.statusCode", equalTo(List.of(500, 204)))
                .body("payload.eventId", equalTo(event.id().toString()));

        asPartner()
                .post("/api/v1/webhooks/deliveries/" + deliveryId + "/redelivery")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 3);
        assertThat(received.get(2).deliveryHeader()).isEqualTo(deliveryId);
        assertThat(verifies(secret, received.get(2).signature(), received.get(2).body()))
                .isTrue();

        // an event published again (Kafka redelivery) is not delivered twice
        TopicWriter.publish("booking", confirmed(LINKED_FIRM));
        TopicWriter.send(replayOf(event, confirmed));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 4);
        // and stays at four for a while, long enough for a duplicate delivery to have shown up, were there one
        Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> received.size() == 4);

        asPartner()
                .delete("/api/v1/webhooks/subscriptions/" + subscription)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        TopicWriter.publish("booking", confirmed(LINKED_FIRM));
        asPartner()
                .post("/api/v1/webhooks/deliveries/" + deliveryId + "/redelivery")
                .then()
                .statusCode(409);
        Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> received.size() == 4);
    }

    @Test
    void privateAndPlainHttpTargetsAreRefusedAtRegistration() {
        for (String url : List.of(
                "https://10.0.0.5/hook",
                "https://192.168.1.10/hook",
                "https://172.16.4.4/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/hook",
                "https://[fd00::1]/hook",
                "https://0.0.0.0/hook",
                "ftp://203.0.113.9/hook",
                "not a url",
                "https://user:pw@8.8.8.8/hook",
                "http://8.8.8.8/hook")) {
            var refused = asPartner()
                    .contentType("application/json")
                    .body(Map.of("url", url, "eventTypes", List.of(CONFIRMED)))
                    .post("/api/v1/webhooks/subscriptions");
            assertThat(refused.statusCode()).as(url).isEqualTo(400);
            assertThat(refused.contentType()).as(url).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getList("errors.field")).as(url).contains("url");
        }
        asPartner()
                .contentType("application/json")
                .body(Map.of("url", hookUrl(), "eventTypes", List.of("io.deltashare.booking.Nothing.v1")))
                .post("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("eventTypes"));
        asPartner()
                .contentType("application/json")
                .body(Map.of("url", hookUrl()))
                .post("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("eventTypes"));
        asPartner()
                .get("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(200)
                .body("items.url", not(hasItem("https://10.0.0.5/hook")));
    }

    @Test
    void onlyPartnerClientsManageWebhooksAndSeeOnlyTheirOwn() {
        String firmToken = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        given().auth()
                .oauth2(firmToken)
                .get("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(403);
        given().get("/api/v1/webhooks/subscriptions").then().statusCode(401).contentType("application/problem+json");
        asPartner()
                .get("/api/v1/webhooks/subscriptions/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        asPartner()
                .get("/api/v1/webhooks/deliveries/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        asPartner().get("/api/v1/webhooks/deliveries/not-a-uuid").then().statusCode(404);
        asPartner().get("/api/v1/webhooks/event-types").then().statusCode(200).body("items", hasItem(CONFIRMED));
    }

    /** A receiver's check, written from the README's description, not with the gateway's own code. */
    static boolean verifies(String secret, String header, String body) throws Exception {
        Map<String, String> parts = new java.util.HashMap<>();
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            parts.put(kv[0], kv[1]);
        }
        long timestamp = Long.parseLong(parts.get("t"));
        if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
                HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return java.security.MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), parts.get("v1").getBytes(StandardCharsets.US_ASCII));
    }

    private static BookingConfirmed confirmed(UUID firm) {
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return new BookingConfirmed(new BookingSnapshot(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "electron-microscopy",
                UUID.randomUUID(),
                DemoRealm.SH_ANALYSIS_CENTRE,
                Region.CN_SH,
                firm,
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

    /** The same record again, as Kafka may deliver it after a consumer restart. */
    private static ProducerRecord<String, String> replayOf(CloudEvent envelope, BookingConfirmed event)
            throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(
                Topics.BOOKINGS, event.subject(), EventJson.mapper().writeValueAsString(event));
        envelope.writeTo(record.headers());
        return record;
    }
}
