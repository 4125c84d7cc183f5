package io.deltashare.testkit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds every answer a request receives to the OpenAPI document that describes it, so that a client generated from the
 * document can read every answer the tests see: the operation must be documented, the status among its responses,
 * the media type among that response's, and a JSON body valid against its schema (JSON Schema 2020-12 with the
 * OpenAPI 3.1 dialect; formats such as {@code uuid} and {@code date-time} asserted, {@code null} only where declared).
 * An answer that breaks the document fails the request with an {@link AssertionError} naming what does not fit.
 *
 * <p>Only answers under {@code /api/} are checked, CORS preflights ({@code OPTIONS}) aside. Add it to a request ({@code given().filter(conformance)}), to
 * every request ({@code RestAssured.filters(conformance)}), or to every {@code @QuarkusTest} of a module with
 * {@link OpenApiConformanceCallback}. The document is read once, on the first answer to check.
 */
public final class OpenApiConformance implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA_BASE = "urn:deltashare:openapi";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(OpenApi31.getInstance()));
    private static final SchemaValidatorsConfig STRICT =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final URI documentAt;
    private volatile Document document;
    private final Set<String> checked = ConcurrentHashMap.newKeySet();

    private OpenApiConformance(URI documentAt) {
        this.documentAt = documentAt;
    }

    /** Checks answers against the JSON document served at {@code documentUrl} (e.g. the gateway's {@code /openapi}). */
    public static OpenApiConformance of(String documentUrl) {
        return new OpenApiConformance(URI.create(documentUrl));
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        verify(
                request.getMethod(),
                URI.create(request.getURI()),
                answer.statusCode(),
                answer.contentType(),
                answer.asString());
        return answer;
    }

    /**
     * Holds an answer to the document: throws an {@link AssertionError} naming what of it does not fit. For clients
     * other than RestAssured, such as the generated SDK through {@link ConformingHttpClient}.
     */
    public void verify(String method, URI uri, int status, String contentType, String body) {
        List<String> misfits = check(method, uri.getRawPath(), status, contentType, body);
        if (!misfits.isEmpty()) {
            throw new AssertionError(method + " " + uri + " answered " + status + " " + contentType
                    + " against the OpenAPI document:\n  " + String.join("\n  ", misfits) + "\nbody: "
                    + abbreviated(body));
        }
    }

    /** The operations ({@code "GET /api/v1/bookings/{id} 200"}) whose answers were checked so far. */
    public Set<String> checked() {
        return Set.copyOf(checked);
    }

    /** What in {@code answer} to {@code method path} does not fit the document; empty when all does. */
    List<String> check(String method, String path, int statusCode, String contentType, String body) {
        if (!path.startsWith("/api/") || method.equalsIgnoreCase("OPTIONS")) {
            // documentation, health and metrics are not part of the API the document describes, nor is the CORS
            // preflight, which the HTTP layer answers for every path
            return List.of();
        }
        Document doc = document();
        String status = Integer.toString(statusCode);
        Operation operation = doc.operation(method, path);
        if (operation == null) {
            // no such operation: the only fitting answer is that it does not exist
            return status.equals("404") || status.equals("405")
                    ? List.of()
                    : List.of("the document has no operation " + method + " for this path");
        }
        JsonNode responses = operation.node().path("responses");
        JsonNode described = firstPresent(responses, status, status.charAt(0) + "XX", "default");
        if (described == null) {
            return List.of(operation.name() + " does not document status " + status + " (it documents "
                    + fieldNames(responses) + ")");
        }
        checked.add(operation.name() + " " + status);
        JsonNode content = described.path("content");
        if (body == null || body.isEmpty() || method.equalsIgnoreCase("HEAD")) {
            return List.of();
        }
        if (content.isMissingNode() || content.isEmpty()) {
            return List.of(operation.name() + " " + status + " documents no body, but one came");
        }
        String mediaType =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = mediaTypeOf(content, mediaType);
        if (media == null) {
            return List.of(
                    operation.name() + " " + status + " documents " + fieldNames(content) + ", not " + mediaType);
        }
        if (!mediaType.endsWith("json") || !media.has("schema")) {
            return List.of();
        }
        return doc.misfits(media.get("schema"), parse(body));
    }

    private Document document() {
        Document loaded = document;
        if (loaded == null) {
            synchronized (this) {
                if (document == null) {
                    document = new Document(fetch(documentAt));
                }
                loaded = document;
            }
        }
        return loaded;
    }

    private static JsonNode fetch(URI at) {
        try {
            // HTTP/1.1 only: the JDK client's default h2c upgrade of a plain-HTTP request once read the document's
            // HTTP/1.1 answer as HTTP/2 frames ("Frame type(32) … exceeds MAX_FRAME_SIZE") and failed a CI run
            HttpResponse<String> answer = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            HttpRequest.newBuilder(at)
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("the OpenAPI document at " + at + " answered " + answer.statusCode());
            }
            return parse(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the OpenAPI document at " + at, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the OpenAPI document at " + at, e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + abbreviated(json), e);
        }
    }

    /** The media type object for {@code mediaType} (parameters such as {@code charset} aside), or a wildcard's. */
    private static JsonNode mediaTypeOf(JsonNode content, String mediaType) {
        for (String wanted : List.of(mediaType, mediaType.replaceFirst("/.*", "/*"), "*/*")) {
            Iterator<Map.Entry<String, JsonNode>> documented = content.fields();
            while (documented.hasNext()) {
                Map.Entry<String, JsonNode> entry = documented.next();
                if (entry.getKey().split(";")[0].trim().equalsIgnoreCase(wanted)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private static JsonNode firstPresent(JsonNode object, String... names) {
        for (String name : names) {
            if (object.has(name)) {
                return object.get(name);
            }
        }
        return null;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 2000 ? String.valueOf(text) : text.substring(0, 2000) + " …";
    }

    /** An operation of the document and the pattern of its path. */
    private record Operation(String name, Pattern path, int parameters, JsonNode node) {}

    /** The document's operations, most literal path first, and the schemas of its answers once compiled. */
    static final class Document {

        private final JsonNode components;
        private final Map<String, List<Operation>> byMethod = new ConcurrentHashMap<>();
        private final Map<JsonNode, JsonSchema> schemas = new ConcurrentHashMap<>();

        Document(JsonNode document) {
            this.components = document.path("components");
            Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fields().forEachRemaining(item -> {
                    if (item.getValue().has("responses")) {
                        String method = item.getKey().toUpperCase(Locale.ROOT);
                        String template = path.getKey();
                        Pattern pattern =
                                Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
                        int parameters = template.split("\\{", -1).length - 1;
                        byMethod.computeIfAbsent(method, m -> new ArrayList<>())
                                .add(new Operation(method + " " + template, pattern, parameters, item.getValue()));
                    }
                });
            }
            byMethod.values().forEach(list -> list.sort(Comparator.comparingInt(Operation::parameters)));
        }

        static Document parse(String json) {
            return new Document(OpenApiConformance.parse(json));
        }

        /** The JSON request bodies by operation ({@code "POST /api/v1/bookings"}): their media type objects. */
        Map<String, JsonNode> requestBodies() {
            Map<String, JsonNode> bodies = new TreeMap<>();
            byMethod.values()
                    .forEach(operations -> operations.forEach(operation -> {
                        JsonNode json = operation
                                .node()
                                .path("requestBody")
                                .path("content")
                                .path("application/json");
                        if (!json.isMissingNode()) {
                            bodies.put(operation.name(), json);
                        }
                    }));
            return bodies;
        }

        /** The schemas of the 2xx answers ({@code "GET /api/v1/bookings 200 application/json"}) that have a body. */
        Map<String, JsonNode> answerSchemas() {
            Map<String, JsonNode> answers = new TreeMap<>();
            eachAnswerMedia((answer, type, media) -> answers.put(answer + " " + type, media.path("schema")));
            return answers;
        }

        /** The JSON media of the 2xx answers ({@code "GET /api/v1/bookings 200"}): schema and example. */
        Map<String, JsonNode> jsonAnswers() {
            Map<String, JsonNode> answers = new TreeMap<>();
            eachAnswerMedia((answer, type, media) -> {
                if (type.equals("application/json") || type.endsWith("+json")) {
                    answers.put(answer, media);
                }
            });
            return answers;
        }

        /** Calls {@code visit} with each media type of each 2xx answer ({@code "GET /api/v1/bookings 200"}). */
        private void eachAnswerMedia(AnswerMediaVisitor visit) {
            byMethod.values()
                    .forEach(operations -> operations.forEach(operation -> operation
                            .node()
                            .path("responses")
                            .fields()
                            .forEachRemaining(response -> {
                                if (response.getKey().startsWith("2")) {
                                    response.getValue()
                                            .path("content")
                                            .fields()
                                            .forEachRemaining(media -> visit.visit(
                                                    operation.name() + " " + response.getKey(),
                                                    media.getKey(),
                                                    media.getValue()));
                                }
                            })));
        }

        private interface AnswerMediaVisitor {
            void visit(String answer, String mediaType, JsonNode media);
        }

        /** What in {@code value} does not fit {@code schema}; empty when all does. */
        List<String> misfits(JsonNode schema, JsonNode value) {
            return schema(schema).validate(value).stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .collect(Collectors.toList());
        }

        Operation operation(String method, String path) {
            return byMethod.getOrDefault(method.toUpperCase(Locale.ROOT), List.of()).stream()
                    .filter(o -> o.path().matcher(path).matches())
                    .findFirst()
                    .orElse(null);
        }

        /** {@code schema} as a JSON Schema whose {@code #/components/…} references resolve in this document. */
        private JsonSchema schema(JsonNode schema) {
            return schemas.computeIfAbsent(schema, s -> {
                ObjectNode root = JSON.createObjectNode();
                root.put("$schema", OpenApi31.getInstance().getIri());
                root.setAll((ObjectNode) s.deepCopy());
                root.set("components", components);
                return SCHEMAS.getSchema(URI.create(SCHEMA_BASE), root, STRICT);
            });
        }
    }
}
