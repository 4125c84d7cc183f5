package io.deltashare.notification.api;

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
                "DeltaShare notification API",
                Map.ofEntries(
                        Map.entry("/api/v1/notification-preferences/me", "get"),
                        Map.entry("/api/v1/notification-preferences/me/{kind}", "put"),
                        Map.entry("/api/v1/mail-deliveries", "get"),
                        Map.entry("/api/v1/mail-deliveries/{id}", "get"),
                        Map.entry("/api/v1/dead-letters/notification", "get"),
                        Map.entry("/api/v1/dead-letters/notification/{id}/replay", "post")));
    }
}
