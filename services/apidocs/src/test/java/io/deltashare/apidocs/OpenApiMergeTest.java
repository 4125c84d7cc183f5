package io.deltashare.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document(String path, String schemaDescription) throws Exception {
        return JSON.readTree("""
                {"openapi": "3.1.0",
                 "tags": [{"name": "Things", "description": "things"}],
                 "paths": {"%s": {"get": {"operationId": "get%s",
                   "responses": {"200": {"content": {"application/json":
                     {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
                 "components": {"schemas": {"Thing": {"type": "object", "description": "%s"},
                                            "Money": {"type": "object"}}}}
                """.formatted(path, schemaDescription.replace(" ", ""), schemaDescription));
    }

    @Test
    void pathsSitSideBySideAndASchemaNameTwoServicesUseForDifferentShapesIsRenamedWithItsReferences() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("booking", document("/api/v1/bookings", "a booking"));
        documents.put("settlement", document("/api/v1/accounts", "an account"));

        JsonNode merged = OpenApiMerge.mergeAll(documents, List.of("insight"));

        assertThat(merged.path("info").path("title").asText()).isEqualTo("DeltaShare API");
        assertThat(merged.path("info").path("description").asText())
                .isEqualTo("Every DeltaShare API behind the gateway: booking, settlement. "
                        + "Not answering now, so not listed: insight.");
        assertThat(merged.at("/paths/~1api~1v1~1bookings/x-deltashare-service").asText())
                .isEqualTo("booking");
        assertThat(merged.at("/paths/~1api~1v1~1accounts/get/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/settlement.Thing");
        assertThat(merged.at("/components/schemas/Thing/description").asText()).isEqualTo("a booking");
        assertThat(merged.at("/components/schemas/settlement.Thing/description").asText())
                .isEqualTo("an account");
        assertThat(merged.at("/components/schemas").size()).isEqualTo(3); // one Money: the same shape in both
        assertThat(merged.path("tags").size()).isEqualTo(1);
    }

    @Test
    void theBuildMergesTheStoredDocumentsTheGatewayFirstThenTheServicesByName(@TempDir Path directory)
            throws Exception {
        JSON.writeValue(directory.resolve("settlement-openapi.json").toFile(), document("/api/v1/accounts", "x"));
        JSON.writeValue(directory.resolve("booking-openapi.json").toFile(), document("/api/v1/bookings", "y"));
        JSON.writeValue(directory.resolve("gateway-openapi.json").toFile(), document("/api/v1/webhooks", "z"));
        Files.writeString(directory.resolve("README.txt"), "not a document");

        JsonNode merged = MergedOpenApi.merge(directory);

        assertThat(merged.path("info").path("description").asText())
                .isEqualTo("Every DeltaShare API behind the gateway: gateway, booking, settlement.");
        assertThat(merged.at("/components/schemas/Thing/description").asText()).isEqualTo("z");
    }
}
