package io.deltashare.booking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint the README lists is in the published OpenAPI document, with the method it answers. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDocumentDescribesEveryEndpoint() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, String> endpoints = Map.ofEntries(
                Map.entry("/api/v1/quotes", "post"),
                Map.entry("/api/v1/bookings", "post get"),
                Map.entry("/api/v1/bookings/{id}", "get"),
                Map.entry("/api/v1/bookings/{id}/approval", "post"),
                Map.entry("/api/v1/bookings/{id}/rejection", "post"),
                Map.entry("/api/v1/bookings/{id}/start", "post"),
                Map.entry("/api/v1/bookings/{id}/completion", "post"),
                Map.entry("/api/v1/bookings/{id}/no-show", "post"),
                Map.entry("/api/v1/bookings/{id}/cancellation", "post"),
                Map.entry("/api/v1/bookings/calendar.ics", "get"),
                Map.entry("/api/v1/instruments/{id}/calendar.ics", "get"),
                Map.entry("/api/v1/instruments/{instrumentId}/maintenance-blocks", "post get"),
                Map.entry("/api/v1/instruments/{instrumentId}/maintenance-blocks/{blockId}", "delete"),
                Map.entry("/api/v1/availability", "get"));
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        endpoints.forEach((path, methods) -> {
            assertThat(paths).as("documented paths").containsKey(path);
            for (String method : methods.split(" ")) {
                assertThat(paths.get(path)).as("methods of %s", path).containsKey(method);
            }
        });
        assertThat(document.getString("info.title")).isEqualTo("DeltaShare booking API");
    }
}
