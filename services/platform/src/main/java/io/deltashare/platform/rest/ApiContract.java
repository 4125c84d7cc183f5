package io.deltashare.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every service's OpenAPI document says the same way, written once at build time:
 *
 * <ul>
 *   <li>the bearer token every operation needs, where the resource names no role;</li>
 *   <li>the error answers the platform gives, each {@code application/problem+json} ({@link #PROBLEM}): 400 (every
 *       operation's query is bounded by {@link QueryLimits}), 401 and 403 for a secured operation, 404 for one that names an object,
 *       409 and 413 for one that changes something, 412 and 428 where it takes {@code If-Match}, 422 where it
 *       takes an {@code Idempotency-Key} (and where the resource names it), 429 (the gateway's rate
 *       limit, with {@code Retry-After}), 500 and 503 (the gateway when a service does not answer);</li>
 *   <li>the gateway's {@code RateLimit-*} headers (and {@code Access-Control-Allow-Origin}, sent to the configured web
 *       origins only) on every answer;</li>
 *   <li>the limits of query parameters that {@link QueryLimits} enforces, and the length of values whose format fixes
 *       it (UUIDs, instants, dates, times);</li>
 *   <li>outer bounds on what answers carry, for strings, integers and arrays that state none: no string the platform
 *       stores or relays is longer than a Kafka message ({@link #LONGEST_STRING_SENT}), no list longer than
 *       {@link #LONGEST_LIST_SENT}, integers within their format. Request schemas get no such default: what a
 *       request may carry is stated by the Bean Validation constraints of its fields, which the server checks;</li>
 *   <li>every field of an answer that is not declared nullable as required, since answers always carry it;</li>
 *   <li>each request body's example: the one its record states with {@code @Schema(examples = …)};</li>
 *   <li>an example of each JSON answer and each path parameter, composed from its schema ({@link Examples}).</li>
 * </ul>
 *
 * <p>Each operation names its own {@code operationId} and tag on its resource ({@code @Operation(operationId =
 * "cancelBooking")}, {@code @Tag(name = "Bookings")}): they are the names of a generated client's methods and
 * classes, so they are chosen, not derived; {@code OpenApiDocuments} fails a service whose operation has none.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiContract implements OASFilter {

    /** The RFC 9457 problem every error answer carries. */
    public static final String PROBLEM = "Problem";

    public static final int LONGEST_STRING_SENT = 1_048_576;
    public static final int LONGEST_LIST_SENT = 100_000;
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REF = "#/components/schemas/";
    private static final Map<String, Integer> LENGTH_OF_FORMAT =
            Map.of("uuid", 36, "date-time", 40, "date", 10, "time", 18, "local-time", 18, "duration", 64);
    private static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "The request does not fit: the problem's `errors` name each field or parameter and why");
        errors.put("401", "No valid bearer token");
        errors.put("403", "The caller's roles or organizations do not allow this");
        errors.put("404", "No such object, or one the caller may not see");
        errors.put("409", "The object's state does not allow this now (the problem's `type` says why)");
        errors.put("412", "The object changed since the `ETag` sent in `If-Match`");
        errors.put("428", "No `If-Match`: send the `ETag` read last, so a concurrent change is not overwritten");
        errors.put("413", "The request body is over the limit (256 KiB)");
        errors.put(
                "422",
                "The request cannot be carried out as it is (the problem's `type` says why), e.g. an "
                        + "`Idempotency-Key` reused with another request");
        errors.put("429", "The rate limit is used up; `Retry-After` says when to try again");
        errors.put("500", "An unexpected error; the problem carries the request id to report");
        errors.put("503", "The service is not answering just now (restarting or overloaded); try again shortly");
        return errors;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        addSharedParts(components);
        if (components.getSchemas() != null && components.getSchemas().containsKey("Money")) {
            components.addSchema("Money", money()); // before the answers' examples are composed from it
        }
        Set<String> requestSchemas = requestSchemas(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            String scheme = components.getSecuritySchemes() == null
                            || components.getSecuritySchemes().isEmpty()
                    ? null
                    : components.getSecuritySchemes().keySet().iterator().next();
            Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
            openAPI.getPaths().getPathItems().forEach((path, item) -> describe(path, item, scheme, schemas));
        }
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> bound(schema, !requestSchemas.contains(name)));
            components.getSchemas().forEach((name, schema) -> {
                if (!requestSchemas.contains(name) && !name.equals(PROBLEM)) {
                    requireWhatIsAlwaysSent(schema);
                }
            });
        }
    }

    private void describe(String path, PathItem item, String scheme, Map<String, Schema> schemas) {
        Examples examples = new Examples(schemas);
        item.getOperations().forEach((method, operation) -> {
            if (scheme != null
                    && (operation.getSecurity() == null
                            || operation.getSecurity().isEmpty())) {
                // every operation under /api needs a bearer token, those that name no role too
                operation.addSecurityRequirement(
                        OASFactory.createSecurityRequirement().addScheme(scheme));
            }
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            parameters.forEach(ApiContract::limitParameter);
            parameters.stream()
                    .filter(p -> p.getIn() == Parameter.In.PATH && p.getExample() == null)
                    .forEach(p -> p.setExample(examples.of(p.getSchema())));
            if (operation.getRequestBody() != null
                    && operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().getMediaTypes() != null) {
                operation
                        .getRequestBody()
                        .getContent()
                        .getMediaTypes()
                        .values()
                        .forEach(media -> exampleOfItsSchema(media, schemas));
            }
            APIResponses responses =
                    operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
            operation.setResponses(responses);
            if (responses.getAPIResponses() != null) {
                responses.getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        withHeaders(response);
                        exampleOfJson(response, examples);
                    }
                    if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                        response.getContent().getMediaTypes().values().stream()
                                .map(MediaType::getSchema)
                                .filter(java.util.Objects::nonNull)
                                .forEach(schema -> bound(schema, true));
                    }
                });
            }
            boolean changes = !method.name().equals("GET") && !method.name().equals("HEAD");
            boolean secured =
                    operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
            boolean idempotent = parameters.stream().anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()));
            error(responses, "400", true); // QueryLimits bounds the query of every operation
            error(responses, "401", secured);
            error(responses, "403", secured);
            error(responses, "404", path.contains("{"));
            error(responses, "409", changes);
            error(responses, "412", ifMatch);
            error(responses, "428", ifMatch);
            error(responses, "413", operation.getRequestBody() != null);
            error(responses, "422", idempotent);
            error(responses, "429", true);
            error(responses, "500", true);
            error(responses, "503", true);
            // an error the resource names itself (e.g. 422 when a statement is too long) is a problem like the rest
            responses.getAPIResponses().keySet().stream()
                    .filter(status -> status.matches("[45]\\d\\d"))
                    .toList()
                    .forEach(status -> error(responses, status, true));
        });
    }

    /** A JSON answer's example, composed from its schema where the resource states none. */
    private static void exampleOfJson(APIResponse response, Examples examples) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        response.getContent().getMediaTypes().forEach((type, media) -> {
            if (media.getExample() == null
                    && (media.getExamples() == null || media.getExamples().isEmpty())
                    && media.getSchema() != null
                    && (type.equals("application/json") || type.endsWith("+json"))) {
                media.setExample(examples.of(media.getSchema()));
            }
        });
    }

    /** A request body's example is the one its record states ({@code @Schema(examples = …)}), where it names none. */
    private static void exampleOfItsSchema(MediaType media, Map<String, Schema> schemas) {
        if (media.getExample() != null
                || media.getSchema() == null
                || media.getSchema().getRef() == null
                || !media.getSchema().getRef().startsWith(REF)) {
            return;
        }
        Schema schema = schemas.get(media.getSchema().getRef().substring(REF.length()));
        if (schema != null
                && schema.getExamples() != null
                && !schema.getExamples().isEmpty()) {
            media.setExample(schema.getExamples().get(0));
        }
    }

    private static void error(APIResponses responses, String status, boolean applies) {
        if (!applies) {
            return;
        }
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(status, response);
        }
        if (ERRORS.containsKey(status) || response.getDescription() == null) {
            response.setDescription(ERRORS.getOrDefault(status, "An error; the problem says which"));
        }
        response.setContent(OASFactory.createContent()
                .addMediaType(
                        PROBLEM_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(REF + PROBLEM))));
        withHeaders(response);
        if (status.equals("429") || status.equals("503")) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After"));
        }
    }

    private static void withHeaders(APIResponse response) {
        for (String header :
                List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Access-Control-Allow-Origin")) {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
                response.addHeader(header, OASFactory.createHeader().ref("#/components/headers/" + header));
            }
        }
    }

    private static void limitParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null) {
            return; // a component (such as UUID) states its own bounds
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(QueryLimits.MOST_VALUES);
            }
            if (schema.getItems() != null) {
                limitString(schema.getItems(), QueryLimits.LONGEST_VALUE);
            }
            return;
        }
        if (schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.INTEGER)
                && schema.getFormat() == null) {
            schema.setFormat("int32");
        }
        limitString(schema, QueryLimits.LONGEST_VALUE);
    }

    private static void limitString(Schema schema, int longest) {
        if (schema.getRef() != null
                || schema.getType() == null
                || !schema.getType().contains(Schema.SchemaType.STRING)
                || schema.getMaxLength() != null
                || schema.getEnumeration() != null) {
            return;
        }
        Integer byFormat = lengthOf(schema.getFormat());
        schema.setMaxLength(byFormat != null ? byFormat : longest);
    }

    /**
     * Gives a schema and those inside it the bounds their format implies, and those of an answer when it is only
     * ever sent ({@code sentOnly}).
     */
    private static void bound(Schema root, boolean sentOnly) {
        walk(root, schema -> {
            if (schema.getRef() != null || schema.getType() == null) {
                return;
            }
            if (schema.getType().contains(Schema.SchemaType.STRING)
                    && schema.getMaxLength() == null
                    && schema.getEnumeration() == null
                    && schema.getConstValue() == null) {
                Integer byFormat = lengthOf(schema.getFormat());
                if (byFormat != null || sentOnly) {
                    schema.setMaxLength(byFormat != null ? byFormat : LONGEST_STRING_SENT);
                }
            }
            if (sentOnly && schema.getType().contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
                schema.setMaxItems(LONGEST_LIST_SENT);
            }
            if (sentOnly && schema.getType().contains(Schema.SchemaType.INTEGER)) {
                boolean int32 = "int32".equals(schema.getFormat());
                if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                    schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
                }
                if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                    schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
                }
            }
        });
    }

    /**
     * Marks as required every property of an answer that is not declared nullable: answers carry every field of their
     * record (a field that can be null is declared so with {@code @Schema(nullable = true)}, also where Jackson leaves
     * it out when null), so a generated client can type the others as always there.
     */
    private static void requireWhatIsAlwaysSent(Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return;
        }
        schema.setRequired(schema.getProperties().entrySet().stream()
                .filter(p -> !nullable(p.getValue()))
                .map(Map.Entry::getKey)
                .toList());
    }

    private static boolean nullable(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> group : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
            if (group != null && group.stream().anyMatch(ApiContract::nullable)) {
                return true;
            }
        }
        return false;
    }

    /** The longest a value of {@code format} is written, or null when the format does not fix it. */
    private static Integer lengthOf(String format) {
        return format == null ? null : LENGTH_OF_FORMAT.get(format);
    }

    private static void walk(Schema root, Consumer<Schema> visit) {
        Deque<Schema> todo = new ArrayDeque<>(List.of(root));
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (!seen.add(schema)) {
                continue;
            }
            visit.accept(schema);
            if (schema.getProperties() != null) {
                todo.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                todo.add(schema.getItems());
            }
            for (List<Schema> group :
                    java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    todo.addAll(group);
                }
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                todo.add(schema.getAdditionalPropertiesSchema());
            }
        }
    }

    /** The component schemas a request body refers to, directly or through other schemas. */
    private static Set<String> requestSchemas(OpenAPI openAPI) {
        Set<String> found = new HashSet<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return found;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null
                            && operation.getRequestBody().getContent().getMediaTypes() != null) {
                        operation.getRequestBody().getContent().getMediaTypes().values().stream()
                                .map(MediaType::getSchema)
                                .filter(java.util.Objects::nonNull)
                                .forEach(todo::add);
                    }
                }));
        Map<String, Schema> schemas =
                openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
        while (!todo.isEmpty()) {
            walk(todo.pop(), schema -> {
                if (schema.getRef() != null && schema.getRef().startsWith(REF)) {
                    String name = schema.getRef().substring(REF.length());
                    if (found.add(name) && schemas.containsKey(name)) {
                        todo.add(schemas.get(name));
                    }
                }
            });
        }
        return found;
    }

    private static void addSharedParts(Components components) {
        Schema text =
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(LONGEST_STRING_SENT);
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty(
                        "field",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .maxLength(200))
                .addProperty("message", text);
        components.addSchema(
                PROBLEM,
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .description("An RFC 9457 problem: `type` names the kind (e.g. "
                                + "`https://deltashare.io/problems/slot-taken`), `detail` says what happened in words, "
                                + "`errors` names each field or parameter that does not fit")
                        .addProperty(
                                "type",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .format("uri")
                                        .maxLength(200))
                        .addProperty(
                                "title",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .maxLength(200))
                        .addProperty(
                                "status",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.INTEGER)
                                        .format("int32")
                                        .minimum(BigDecimal.valueOf(400))
                                        .maximum(BigDecimal.valueOf(599)))
                        .addProperty("detail", text)
                        .addProperty(
                                "instance",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .maxLength(4096))
                        .addProperty(
                                "errors",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.ARRAY)
                                        .maxItems(LONGEST_LIST_SENT)
                                        .items(fieldError))
                        .required(List.of("type", "title", "status")));
        components.addHeader("RateLimit-Limit", header("Requests the caller's tier allows per window", 0));
        components.addHeader("RateLimit-Remaining", header("Requests left in the current window", 0));
        components.addHeader("RateLimit-Reset", header("Seconds until the window refills", 0));
        components.addHeader("Retry-After", header("Seconds to wait before trying again", 0));
        components.addHeader(
                "Access-Control-Allow-Origin",
                OASFactory.createHeader()
                        .description("Sent only to a browser on one of the web origins the gateway is configured with")
                        .schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .maxLength(200)));
    }

    /** Money as it travels ({@code io.deltashare.contracts.money.Money}'s JSON), not as the record holds it. */
    private static Schema money() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An amount in yuan with two decimals, and its currency")
                .addProperty(
                        "amount",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .pattern("^-?[0-9]{1,17}\\.[0-9]{2}$")
                                .maxLength(21)
                                .examples(List.of("1800.00")))
                .addProperty(
                        "currency",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .enumeration(List.of("CNY")))
                .required(List.of("amount", "currency"));
    }

    private static Header header(String description, long minimum) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int64")
                        .minimum(BigDecimal.valueOf(minimum))
                        .maximum(BigDecimal.valueOf(Long.MAX_VALUE)));
    }
}
