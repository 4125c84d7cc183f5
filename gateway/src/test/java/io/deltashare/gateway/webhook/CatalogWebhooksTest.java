package io.deltashare.gateway.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.testkit.fixtures.AnInstrument;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.keycloak.PartnerClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Catalog events are public: a province platform that no firm has granted anything subscribes to new listings of the
 * regions and categories it mirrors, and gets those and no others.
 */
@QuarkusTest
class CatalogWebhooksTest {

    private static final String LISTED = "io.deltashare.instrumentcatalog.InstrumentListed.v1";

    @Test
    void aPartnerWithoutGrantsReceivesTheListingsOfItsRegionsAndCategoriesOnly() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String client = PartnerClients.create(Keycloak.shared(), "mirror-secret", Map.of());
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            String subscription = as(client)
                    .body(Map.of(
                            "url",
                            hook,
                            "eventTypes",
                            List.of(LISTED),
                            "regions",
                            List.of("CN-SH", "CN-JS"),
                            "categories",
                            List.of("electron-microscopy")))
                    .post("/api/v1/webhooks/subscriptions")
                    .then()
                    .statusCode(201)
                    .body("regions", equalTo(List.of("CN-SH", "CN-JS")))
                    .body("firmOrganizationIds", empty())
                    .extract()
                    .path("id");

            InstrumentSnapshot wanted = instrument(Region.CN_SH, "electron-microscopy");
            TopicWriter.publish(
                    "instrument-catalog", new InstrumentListed(instrument(Region.CN_ZJ, "electron-microscopy")));
            TopicWriter.publish("instrument-catalog", new InstrumentListed(instrument(Region.CN_SH, "nmr")));
            TopicWriter.publish("instrument-catalog", new InstrumentListed(wanted));
            InstrumentSnapshot later = instrument(Region.CN_JS, "electron-microscopy");
            TopicWriter.publish("instrument-catalog", new InstrumentListed(later));

            // two arrive, and no third while the worker polls on: the two filtered out, published before, had their
            // turn
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .during(Duration.ofSeconds(1))
                    .until(() -> received.size() == 2);
            ObjectMapper json = new ObjectMapper();
            List<JsonNode> bodies = received.stream()
                    .map(body -> {
                        try {
                            return json.readTree(body);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(bodies)
                    .extracting(body ->
                            body.path("data").path("instrument").path("id").asText())
                    .containsExactlyInAnyOrder(
                            wanted.id().toString(), later.id().toString());
            assertThat(bodies)
                    .allSatisfy(body ->
                            assertThat(body.path("firmOrganizationId").isNull()).isTrue());
            as(client)
                    .get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(2));
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void filtersAreForCatalogEventsAndFirmEventsNeedAGrant() {
        String client = PartnerClients.create(Keycloak.shared(), "mirror-secret", Map.of());
        String hook = "http://127.0.0.1:9/hook"; // loopback: allowed in the tests, never called here
        as(client)
                .body(Map.of("url", hook, "eventTypes", List.of("io.deltashare.booking.BookingConfirmed.v1")))
                .post("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(403)
                .body("detail", containsString("catalog events need no grant"));
        as(client)
                .body(Map.of(
                        "url",
                        hook,
                        "eventTypes",
                        List.of("io.deltashare.booking.BookingConfirmed.v1"),
                        "regions",
                        List.of("CN-SH")))
                .post("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(400)
                .body("detail", containsString("regions"));
        as(client)
                .body(Map.of("url", hook, "eventTypes", List.of(LISTED), "regions", List.of("cn-sh")))
                .post("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(400)
                .body("detail", containsString("ISO 3166-2"));
    }

    private static RequestSpecification as(String client) {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forClient(client, "mirror-secret"))
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static InstrumentSnapshot instrument(Region region, String category) {
        return AnInstrument.anInstrument()
                .of(UUID.randomUUID(), UUID.randomUUID(), region)
                .named("扫描电子显微镜", "Scanning electron microscope")
                .inCategory(category)
                .atVersion(1)
                .build();
    }
}
