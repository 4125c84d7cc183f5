package io.deltashare.platform.rest;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example value that fits a schema, composed from the examples its parts state ({@code @Schema(examples = …)} on a
 * record or field, such as Money's {@code "1800.00"}) and, where a part states none, from its type, format, enum and
 * bounds. It is what a generated client's documentation and a reader of the OpenAPI document see for answers and
 * parameters, and it cannot drift from the schema: {@code OpenApiDocuments} checks every example against it.
 */
final class Examples {

    private static final String REF = "#/components/schemas/";
    private static final Map<String, Object> OF_FORMAT = Map.of(
            "uuid", "3f0e8c1d-2a10-4c55-9a55-6f1c2b1e8d2a",
            "date-time", "2026-12-08T01:00:00Z",
            "date", "2026-12-08",
            "time", "09:00:00",
            "local-time", "09:00:00",
            "duration", "PT2H",
            "uri", "https://deltashare.io/",
            "email", "lab@example.edu.cn");

    private final Map<String, Schema> components;

    Examples(Map<String, Schema> components) {
        this.components = components;
    }

    /** An example of {@code schema}, or null when none can be composed (e.g. a schema that only refers to itself). */
    Object of(Schema schema) {
        return of(schema, new ArrayDeque<>());
    }

    /** {@code within}: the components being composed on the way here, so that one inside itself stops. */
    private Object of(Schema schema, Deque<String> within) {
        if (schema == null) {
            return null;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().startsWith(REF) ? schema.getRef().substring(REF.length()) : null;
            if (name == null || within.contains(name)) {
                return null;
            }
            within.push(name);
            Object example = of(components.get(name), within);
            within.pop();
            return example;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getConstValue() != null) {
            return schema.getConstValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().stream()
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                // the first branch that is not only null: an answer shows the value, not its absence
                for (Schema branch : group) {
                    if (!onlyNull(branch)) {
                        Object example = of(branch, within);
                        if (example != null) {
                            return example;
                        }
                    }
                }
                return null; // e.g. a revision of the record being composed: left out, as when it is null
            }
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            return object(schema, within);
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = of(schema.getItems(), within);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return string(schema);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return number(schema, BigDecimal.ONE).toBigInteger();
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return number(schema, new BigDecimal("0.5"));
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return true;
        }
        return null;
    }

    private Map<String, Object> object(Schema schema, Deque<String> within) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                Object value = of(property, within);
                if (value != null) {
                    example.put(name, value);
                }
            });
        }
        if (example.isEmpty() && schema.getAdditionalPropertiesSchema() != null) {
            Object value = of(schema.getAdditionalPropertiesSchema(), within);
            if (value != null) {
                example.put("key", value);
            }
        }
        return example;
    }

    private static Object string(Schema schema) {
        Object byFormat = schema.getFormat() == null ? null : OF_FORMAT.get(schema.getFormat());
        if (byFormat != null) {
            return byFormat;
        }
        if (schema.getPattern() != null) {
            return null; // no value is assumed to fit a pattern; a record states its example where it has one
        }
        String text = "text";
        int shortest = schema.getMinLength() == null ? 0 : schema.getMinLength();
        return text.length() >= shortest ? text : text.repeat(shortest / text.length() + 1);
    }

    private static BigDecimal number(Schema schema, BigDecimal preferred) {
        BigDecimal value = preferred;
        if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
            value = schema.getMinimum();
        }
        if (schema.getExclusiveMinimum() != null && value.compareTo(schema.getExclusiveMinimum()) <= 0) {
            value = schema.getExclusiveMinimum().add(BigDecimal.ONE);
        }
        if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
            value = schema.getMaximum();
        }
        return value;
    }

    private static boolean onlyNull(Schema schema) {
        return schema.getType() != null
                && schema.getType().size() == 1
                && schema.getType().contains(Schema.SchemaType.NULL);
    }
}
