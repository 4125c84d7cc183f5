package io.deltashare.testkit.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.Map;

/** Checks a running service's published OpenAPI document ({@code /q/openapi}) against the endpoints it should list. */
public final class OpenApiDocuments {

    private OpenApiDocuments() {
    }

    /**
     * Fails unless the document has {@code title} and every path in {@code endpoints} with each of its methods
     * ({@code "post get"}: lower-case, space-separated).
     */
    public static void assertDescribes(String title, Map<String, String> endpoints) {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(title, document.getString("info.title"), "title of the OpenAPI document");
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        endpoints.forEach((path, methods) -> {
            assertTrue(paths.containsKey(path), () -> path + " is not among the documented paths " + paths.keySet());
            for (String method : methods.split(" ")) {
                assertTrue(paths.get(path).containsKey(method), () -> path + " is not documented for " + method);
            }
        });
    }
}
