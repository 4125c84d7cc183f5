package io.deltashare.platform.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.platform.testapp.Requests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** What every service inherits from the platform: health that checks its dependencies, metrics, OpenAPI. */
@QuarkusTest
class OperationalDefaultsTest {

    /** The management interface's root, {@code http://host:port/q/}. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().baseUri(management.toString())
                .get("health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka broker"))
                .body("checks.name", hasItem("event consumers"));
        given().baseUri(management.toString())
                .get("health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void outsideASimulationTheClockCannotBeSetNorIsItDocumented() {
        Requests.asAdmin()
                .body(java.util.Map.of("now", "2023-01-02T00:00:00Z"))
                .put("/api/v1/simulation/clock")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/simulation/clock'", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void healthAndMetricsAreNotOnTheApiPort() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        assertThat(management.getPort()).as(management.toString()).isNotEqualTo(RestAssured.port);
    }

    @Test
    void prometheusMetricsIncludeTheOutboxBacklog() {
        given().baseUri(management.toString())
                .get("metrics")
                .then()
                .statusCode(200)
                .body(containsString("deltashare_outbox_backlog"))
                .body(containsString("deltashare_outbox_published_total"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/tallies"));
    }
}
