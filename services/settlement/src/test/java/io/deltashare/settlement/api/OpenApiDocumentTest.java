package io.deltashare.settlement.api;

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
                "DeltaShare settlement API",
                Map.ofEntries(
                        Map.entry("/api/v1/accounts", "get"),
                        Map.entry("/api/v1/payments", "post"),
                        Map.entry("/api/v1/journal-transactions/{id}", "get"),
                        Map.entry("/api/v1/journal-transactions/{id}/reversal", "post"),
                        Map.entry("/api/v1/statements/{party}/{owner}/{month}", "get"),
                        Map.entry("/api/v1/statement-runs", "post"),
                        Map.entry("/api/v1/claim-batches", "post get"),
                        Map.entry("/api/v1/claim-batches/{id}", "get"),
                        Map.entry("/api/v1/claim-batches/{id}/submission", "post"),
                        Map.entry("/api/v1/claim-batches/{id}/approval", "post"),
                        Map.entry("/api/v1/claim-batches/{id}/payment", "post"),
                        Map.entry("/api/v1/subsidies", "get"),
                        Map.entry("/api/v1/subsidies/{allocationId}", "get"),
                        Map.entry("/api/v1/subsidies/{allocationId}/payment", "post"),
                        Map.entry("/api/v1/reconciliation", "get"),
                        Map.entry("/api/v1/reconciliation/ledger", "get"),
                        Map.entry("/api/v1/dead-letters/settlement", "get"),
                        Map.entry("/api/v1/dead-letters/settlement/{id}", "get"),
                        Map.entry("/api/v1/dead-letters/settlement/{id}/replay", "post"),
                        Map.entry("/api/v1/dead-letters/settlement/{id}/discard", "post"),
                        Map.entry("/api/v1/dead-letters/settlement/replay", "post")));
    }
}
