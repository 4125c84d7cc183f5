package io.deltashare.apidocs.asyncapi;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deltashare.contracts.money.Money;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * JSON Schemas of the event records in {@code contracts} as {@code EventJson} writes them: a record is an object with
 * its components as properties, each required and not null unless the component says {@code @Schema(nullable =
 * true)}; a type that writes itself through {@code @JsonValue} (Region) is what that method returns; Money is
 * {@code {"amount": "1200.00", "currency": "CNY"}}. Records met on the way become named schemas ({@link #named()}),
 * referred to as {@code #/components/schemas/<simple name>}.
 */
final class RecordSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String REF = "#/components/schemas/";

    private final Map<String, ObjectNode> named = new TreeMap<>();

    /** The schema of {@code type}: a reference for a record, inline for the rest. */
    ObjectNode of(Type type) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", of(arguments[0]));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode object = JSON.objectNode().put("type", "object");
                object.set("additionalProperties", of(arguments[1]));
                return object;
            }
            throw new IllegalArgumentException("no JSON schema for " + type);
        }
        Class<?> plain = (Class<?>) type;
        ObjectNode scalar = scalar(plain);
        if (scalar != null) {
            return scalar;
        }
        if (plain.isEnum()) {
            ObjectNode enumeration = JSON.objectNode().put("type", "string");
            Arrays.stream(plain.getEnumConstants())
                    .forEach(constant -> enumeration.withArray("enum").add(((Enum<?>) constant).name()));
            return enumeration;
        }
        Method value = jsonValue(plain);
        if (value != null) {
            return of(value.getGenericReturnType());
        }
        if (plain.isRecord()) {
            String name = plain.getSimpleName();
            if (!named.containsKey(name)) {
                named.put(name, JSON.objectNode()); // a record inside itself refers to the name being written
                named.put(name, record(plain));
            }
            return JSON.objectNode().put("$ref", REF + name);
        }
        throw new IllegalArgumentException("no JSON schema for " + plain.getName());
    }

    /** The records met so far, by simple name. */
    Map<String, ObjectNode> named() {
        return named;
    }

    private ObjectNode record(Class<?> record) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : record.getRecordComponents()) {
            ObjectNode property = of(component.getGenericType());
            Schema stated = stated(record, component);
            if (stated != null && stated.nullable()) {
                property = JSON.objectNode();
                property.withArray("oneOf")
                        .add(of(component.getGenericType()))
                        .add(JSON.objectNode().put("type", "null"));
            } else {
                schema.withArray("required").add(component.getName());
            }
            if (stated != null && !stated.description().isEmpty()) {
                property.put("description", stated.description());
            }
            properties.set(component.getName(), property);
        }
        return schema;
    }

    /**
     * The {@code @Schema} of a record component: it lands on the component's field or accessor, as its targets allow.
     */
    private static Schema stated(Class<?> record, RecordComponent component) {
        Schema onAccessor = component.getAccessor().getAnnotation(Schema.class);
        if (onAccessor != null) {
            return onAccessor;
        }
        try {
            return record.getDeclaredField(component.getName()).getAnnotation(Schema.class);
        } catch (NoSuchFieldException cannotHappen) {
            return null;
        }
    }

    private static ObjectNode scalar(Class<?> type) {
        if (type == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (type == UUID.class) {
            return JSON.objectNode().put("type", "string").put("format", "uuid");
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (type == LocalDate.class) {
            return JSON.objectNode().put("type", "string").put("format", "date");
        }
        if (type == LocalTime.class) {
            return JSON.objectNode().put("type", "string").put("pattern", "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
        }
        if (type == YearMonth.class) {
            return JSON.objectNode().put("type", "string").put("pattern", "^\\d{4}-\\d{2}$");
        }
        if (type == Duration.class) {
            return JSON.objectNode().put("type", "string").put("format", "duration");
        }
        if (type == DayOfWeek.class) {
            ObjectNode day = JSON.objectNode().put("type", "string");
            Arrays.stream(DayOfWeek.values()).forEach(d -> day.withArray("enum").add(d.name()));
            return day;
        }
        if (type == int.class || type == Integer.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int32");
        }
        if (type == long.class || type == Long.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int64");
        }
        if (type == boolean.class || type == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (type == Money.class) {
            ObjectNode money = JSON.objectNode().put("type", "object");
            money.putObject("properties")
                    .<ObjectNode>set(
                            "amount",
                            JSON.objectNode().put("type", "string").put("pattern", "^-?[0-9]{1,17}\\.[0-9]{2}$"))
                    .set("currency", JSON.objectNode().put("const", Money.CURRENCY));
            money.withArray("required").add("amount").add("currency");
            return money;
        }
        if (type == JsonNode.class || type == Object.class) {
            return JSON.objectNode();
        }
        return null;
    }

    private static Method jsonValue(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0) {
                return method;
            }
        }
        return null;
    }
}
