package io.deltashare.insight.api;

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
                "DeltaShare insight API",
                Map.ofEntries(
                        Map.entry("/api/v1/indicators", "get"),
                        Map.entry("/api/v1/indicators/platform", "get"),
                        Map.entry("/api/v1/provider-reports/{providerId}", "get"),
                        Map.entry("/api/v1/assessment-schemes", "get post"),
                        Map.entry("/api/v1/assessment-schemes/{id}", "get"),
                        Map.entry("/api/v1/assessment-schemes/{id}/assessments", "get post"),
                        Map.entry("/api/v1/assessments/{id}", "get"),
                        Map.entry("/api/v1/assessments/{id}/scores", "get"),
                        Map.entry("/api/v1/assessments/{id}/allocations", "post"),
                        Map.entry("/api/v1/subsidy-allocations/{id}", "get"),
                        Map.entry("/api/v1/subsidy-allocations/{id}/approval", "post"),
                        Map.entry("/api/v1/dead-letters/insight", "get"),
                        Map.entry("/api/v1/dead-letters/insight/{id}/replay", "post")));
    }
}
