package io.deltashare.innovationvoucher.api;

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
        Map<String, String> endpoints = Map.of(
                "/api/v1/voucher-programs", "post get",
                "/api/v1/voucher-programs/{id}", "get",
                "/api/v1/voucher-programs/{id}/opening", "post",
                "/api/v1/voucher-programs/{id}/suspension", "post",
                "/api/v1/voucher-programs/{id}/closing", "post",
                "/api/v1/voucher-programs/{programId}/applications", "post",
                "/api/v1/voucher-applications", "get",
                "/api/v1/voucher-applications/{id}", "get",
                "/api/v1/vouchers/{id}", "get",
                "/api/v1/voucher-statistics", "get");
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        endpoints.forEach((path, methods) -> {
            assertThat(paths).as("documented paths").containsKey(path);
            for (String method : methods.split(" ")) {
                assertThat(paths.get(path)).as("methods of %s", path).containsKey(method);
            }
        });
        assertThat(paths).containsKeys("/api/v1/voucher-applications/{id}/approval",
                "/api/v1/voucher-applications/{id}/rejection", "/api/v1/vouchers");
        assertThat(document.getString("info.title")).isEqualTo("DeltaShare innovation-voucher API");
    }
}
