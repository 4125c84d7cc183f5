package io.deltashare.apidocs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the OpenAPI documents of several services into one: paths side by side (each marked with its service in
 * {@code x-deltashare-service}), tags joined, and components joined; a schema name two services use for different
 * shapes is renamed {@code <service>.<name>} in the later document, references included.
 */
public final class OpenApiMerge {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The merged document's title. */
    public static final String TITLE = "DeltaShare API";

    private OpenApiMerge() {}

    /** The merged document of the whole API: {@code documents} (service name to its OpenAPI JSON) in their order. */
    public static ObjectNode mergeAll(Map<String, JsonNode> documents, List<String> notAnswering) {
        String description = "Every DeltaShare API behind the gateway: " + String.join(", ", documents.keySet()) + "."
                + (notAnswering.isEmpty()
                        ? ""
                        : " Not answering now, so not listed: " + String.join(", ", notAnswering) + ".");
        return merge(TITLE, description, documents);
    }

    /** The merged document of {@code documents} (service name to its OpenAPI JSON), in their order. */
    public static ObjectNode merge(String title, String description, Map<String, JsonNode> documents) {
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", title).put("version", "1").put("description", description);
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        documents.forEach((service, original) -> {
            JsonNode document = renameClashingSchemas(service, original, components.path("schemas"));
            document.path("paths").fields().forEachRemaining(path -> {
                if (!paths.has(path.getKey()) && path.getValue() instanceof ObjectNode item) {
                    paths.set(path.getKey(), item.deepCopy().put("x-deltashare-service", service));
                }
            });
            document.path("components").fields().forEachRemaining(kind -> {
                ObjectNode target = components.has(kind.getKey())
                        ? (ObjectNode) components.get(kind.getKey())
                        : components.putObject(kind.getKey());
                kind.getValue().fields().forEachRemaining(entry -> {
                    if (!target.has(entry.getKey())) {
                        target.set(entry.getKey(), entry.getValue());
                    }
                });
            });
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        });
        return merged;
    }

    /** The document with each schema whose name is already taken by a different schema renamed, refs and all. */
    private static JsonNode renameClashingSchemas(String service, JsonNode document, JsonNode taken) {
        Map<String, String> renames = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> schemas =
                document.path("components").path("schemas").fields();
        while (schemas.hasNext()) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            if (taken.has(schema.getKey()) && !taken.get(schema.getKey()).equals(schema.getValue())) {
                renames.put(schema.getKey(), service + "." + schema.getKey());
            }
        }
        if (renames.isEmpty()) {
            return document;
        }
        try {
            String text = JSON.writeValueAsString(document);
            for (Map.Entry<String, String> rename : renames.entrySet()) {
                text = text.replace(
                        "\"#/components/schemas/" + rename.getKey() + "\"",
                        "\"#/components/schemas/" + rename.getValue() + "\"");
            }
            ObjectNode renamed = (ObjectNode) JSON.readTree(text);
            ObjectNode renamedSchemas = (ObjectNode) renamed.path("components").path("schemas");
            Map<String, JsonNode> moved = new HashMap<>();
            renames.forEach((from, to) -> moved.put(to, renamedSchemas.remove(from)));
            renamedSchemas.setAll(moved);
            return renamed;
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
