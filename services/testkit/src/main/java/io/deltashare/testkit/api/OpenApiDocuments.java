package io.deltashare.testkit.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Checks a running service's published OpenAPI document ({@code /q/openapi}) against the endpoints it should list. */
public final class OpenApiDocuments {

    private OpenApiDocuments() {}

    /**
     * Fails unless the document has {@code title} and every path in {@code endpoints} with each of its methods
     * ({@code "post get"}: lower-case, space-separated).
     */
    public static void assertDescribes(String title, Map<String, String> endpoints) {
        JsonPath document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(title, document.getString("info.title"), "title of the OpenAPI document");
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        endpoints.forEach((path, methods) -> {
            assertTrue(paths.containsKey(path), () -> path + " is not among the documented paths " + paths.keySet());
            for (String method : methods.split(" ")) {
                assertTrue(paths.get(path).containsKey(method), () -> path + " is not documented for " + method);
            }
        });
        assertStatesTheContract(paths);
        assertNamesItsOperations(document);
        assertStatesItsBodies(document.prettify());
    }

    /**
     * Every request body of the JSON {@code document} has an example that fits its schema (so the example cannot drift
     * from it), and every answer with a body states its schema: a generated client can send the one and read the other.
     */
    public static void assertStatesItsBodies(String document) {
        OpenApiConformance.Document doc = OpenApiConformance.Document.parse(document);
        doc.requestBodies().forEach((operation, media) -> assertExampleFits(doc, operation + "'s request body", media));
        doc.answerSchemas()
                .forEach((answer, schema) ->
                        assertTrue(schema.size() > 0, () -> answer + " states no schema of its body"));
        doc.jsonAnswers().forEach((answer, media) -> assertExampleFits(doc, answer + "'s answer", media));
    }

    /** {@code media} (of {@code what}) has an example, and it fits its schema, so the example cannot drift from it. */
    private static void assertExampleFits(OpenApiConformance.Document doc, String what, JsonNode media) {
        assertTrue(media.has("example"), () -> what + " has no example");
        assertEquals(
                List.of(),
                doc.misfits(media.get("schema"), media.get("example")),
                () -> "the example of " + what + " does not fit its schema");
    }

    /**
     * What a generated client is made of reads well: every operation's {@code operationId} is a lower-camel verb
     * phrase ({@code cancelBooking}), it has one tag, declared with a description, that names its class
     * ({@code Bookings}, not the default {@code Booking Resource}), and it has an example (of its request body, an
     * answer or a path parameter).
     */
    @SuppressWarnings("unchecked") // the JSON's maps and lists
    private static void assertNamesItsOperations(JsonPath document) {
        Map<String, String> declared = new java.util.HashMap<>();
        for (Map<String, Object> tag : document.<Map<String, Object>>getList("tags")) {
            declared.put(String.valueOf(tag.get("name")), String.valueOf(tag.get("description")));
        }
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || method.startsWith("x-") || method.equals("parameters")) {
                return;
            }
            String name = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
            assertTrue(
                    String.valueOf(operation.get("operationId")).matches("[a-z]+[A-Z][A-Za-z0-9]*"),
                    () -> name + " has no operationId that reads as a verb and its object: "
                            + operation.get("operationId"));
            List<String> tags = (List<String>) operation.get("tags");
            assertTrue(tags != null && tags.size() == 1, () -> name + " has not exactly one tag: " + tags);
            assertTrue(
                    !tags.get(0).endsWith(" Resource") && declared.containsKey(tags.get(0)),
                    () -> name + "'s tag " + tags.get(0) + " is the default, or not declared with a description");
            String text = String.valueOf(operation);
            assertTrue(text.contains("example="), () -> name + " has no example");
            for (Object parameter :
                    operation.get("parameters") == null ? List.of() : (List<Object>) operation.get("parameters")) {
                Map<String, Object> described = (Map<String, Object>) parameter;
                assertTrue(
                        !"path".equals(described.get("in")) || described.get("example") != null,
                        () -> name + " has no example of path parameter " + described.get("name"));
            }
        }));
    }

    /**
     * Every operation has its own {@code operationId}, a bearer-token requirement, the platform's error answers as
     * problems with the rate-limit headers (429 with {@code Retry-After}), and no string parameter without a length.
     */
    @SuppressWarnings("unchecked") // the JSON's maps and lists
    private static void assertStatesTheContract(Map<String, Map<String, Object>> paths) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || method.startsWith("x-") || method.equals("parameters")) {
                return;
            }
            String name = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
            Object id = operation.get("operationId");
            assertTrue(
                    id instanceof String && ids.add((String) id), () -> name + " has no operationId of its own: " + id);
            assertTrue(
                    operation.get("security") instanceof java.util.List<?> security && !security.isEmpty(),
                    () -> name + " states no security requirement");
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            for (String status : java.util.List.of("400", "401", "403", "429", "500", "503")) {
                Map<String, Object> response = responses.get(status);
                assertTrue(
                        response != null
                                && String.valueOf(response.get("content")).contains("application/problem+json"),
                        () -> name + " does not document its " + status + " problem");
                assertTrue(
                        String.valueOf(response.get("headers")).contains("RateLimit-Limit"),
                        () -> name + " does not state the rate-limit headers of its " + status);
            }
            assertTrue(
                    String.valueOf(responses.get("429").get("headers")).contains("Retry-After"),
                    () -> name + " does not state Retry-After on 429");
            Object parameters = operation.get("parameters");
            for (Object parameter : parameters == null ? java.util.List.of() : (java.util.List<Object>) parameters) {
                Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) parameter).get("schema");
                boolean bounded = schema == null
                        || schema.containsKey("$ref")
                        || !"string".equals(schema.get("type"))
                        || schema.containsKey("maxLength")
                        || schema.containsKey("enum");
                assertTrue(bounded, () -> name + " states no length for parameter " + parameter);
            }
        }));
    }
}
