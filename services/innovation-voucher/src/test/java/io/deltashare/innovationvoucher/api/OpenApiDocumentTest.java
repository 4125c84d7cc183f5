package io.deltashare.innovationvoucher.api;

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
                "DeltaShare innovation-voucher API",
                Map.ofEntries(
                        Map.entry("/api/v1/voucher-programs", "post get"),
                        Map.entry("/api/v1/voucher-programs/{id}", "get"),
                        Map.entry("/api/v1/voucher-programs/{id}/opening", "post"),
                        Map.entry("/api/v1/voucher-programs/{id}/suspension", "post"),
                        Map.entry("/api/v1/voucher-programs/{id}/closing", "post"),
                        Map.entry("/api/v1/voucher-programs/{programId}/applications", "post"),
                        Map.entry("/api/v1/voucher-applications", "get"),
                        Map.entry("/api/v1/voucher-applications/{id}", "get"),
                        Map.entry("/api/v1/vouchers/{id}", "get"),
                        Map.entry("/api/v1/vouchers", "get"),
                        Map.entry("/api/v1/voucher-applications/{id}/approval", "post"),
                        Map.entry("/api/v1/voucher-applications/{id}/rejection", "post"),
                        Map.entry("/api/v1/voucher-statistics", "get"),
                        Map.entry("/api/v1/voucher-holds", "get"),
                        Map.entry("/api/v1/dead-letters/innovation-voucher", "get"),
                        Map.entry("/api/v1/dead-letters/innovation-voucher/{id}/discard", "post")));
    }
}
