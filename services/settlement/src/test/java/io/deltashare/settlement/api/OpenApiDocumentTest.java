package io.deltashare.settlement.api;

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
                Map.entry("/api/v1/accounts", "get"),
                Map.entry("/api/v1/payments", "post"),
                Map.entry("/api/v1/journal-transactions/{id}", "get"),
                Map.entry("/api/v1/journal-transactions/{id}/reversal", "post"),
                Map.entry("/api/v1/statements/{party}/{owner}/{month}", "get"),
                Map.entry("/api/v1/statement-runs", "post"),
                Map.entry("/api/v1/claim-batches", "post get"),
                Map.entry("/api/v1/claim-batches/{id}", "get"),
                Map.entry("/api/v1/claim-batches/{id}/submission", "post"),
                Map.entry("/api/v1/claim-batches/{id}/approval", "post"),
                Map.entry("/api/v1/claim-batches/{id}/payment", "post"),
                Map.entry("/api/v1/reconciliation", "get"));
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        endpoints.forEach((path, methods) -> {
            assertThat(paths).as("documented paths").containsKey(path);
            for (String method : methods.split(" ")) {
                assertThat(paths.get(path)).as("methods of %s", path).containsKey(method);
            }
        });
        assertThat(document.getString("info.title")).isEqualTo("DeltaShare settlement API");
    }
}
