package io.deltashare.instrumentcatalog.api;

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
                "DeltaShare instrument-catalog API",
                Map.ofEntries(
                        Map.entry("/api/v1/instruments", "get post"),
                        Map.entry("/api/v1/instruments/{id}", "get put"),
                        Map.entry("/api/v1/instruments/{id}/maintenance", "post"),
                        Map.entry("/api/v1/instruments/{id}/activation", "post"),
                        Map.entry("/api/v1/instruments/{id}/withdrawal", "post"),
                        Map.entry("/api/v1/instruments/review-queue", "get"),
                        Map.entry("/api/v1/instruments/{id}/listing-approval", "post"),
                        Map.entry("/api/v1/instruments/{id}/listing-rejection", "post"),
                        Map.entry("/api/v1/instruments/{id}/voucher-eligibility", "put"),
                        Map.entry("/api/v1/instrument-categories", "get"),
                        Map.entry("/api/v1/service-offers", "get post"),
                        Map.entry("/api/v1/service-offers/{id}", "get put"),
                        Map.entry("/api/v1/service-offers/{id}/pause", "post"),
                        Map.entry("/api/v1/service-offers/{id}/activation", "post"),
                        Map.entry("/api/v1/service-offers/{id}/withdrawal", "post"),
                        Map.entry("/api/v1/catalog-changes", "get"),
                        Map.entry("/api/v1/service-offers/review-queue", "get"),
                        Map.entry("/api/v1/service-offers/{id}/listing-approval", "post"),
                        Map.entry("/api/v1/service-offers/{id}/listing-rejection", "post"),
                        Map.entry("/api/v1/providers", "get post"),
                        Map.entry("/api/v1/providers/{id}", "get put"),
                        Map.entry("/api/v1/dead-letters/instrument-catalog", "get"),
                        Map.entry("/api/v1/dead-letters/instrument-catalog/{id}/replay", "post")));
    }
}
