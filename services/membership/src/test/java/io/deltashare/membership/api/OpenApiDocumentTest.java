package io.deltashare.membership.api;

import io.deltashare.testkit.api.OpenApiDocuments;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint the README lists is in the published OpenAPI document, with the method it answers. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDocumentDescribesEveryEndpoint() {
        OpenApiDocuments.assertDescribes(
                "DeltaShare membership API",
                Map.ofEntries(
                        Map.entry("/api/v1/joining-applications", "post get"),
                        Map.entry("/api/v1/joining-applications/{id}", "get put"),
                        Map.entry("/api/v1/joining-applications/{id}/approval", "post"),
                        Map.entry("/api/v1/joining-applications/{id}/rejection", "post"),
                        Map.entry("/api/v1/dead-letters/membership", "get"),
                        Map.entry("/api/v1/dead-letters/membership/{id}/replay", "post")));
    }
}
