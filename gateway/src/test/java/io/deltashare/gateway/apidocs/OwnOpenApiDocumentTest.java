package io.deltashare.gateway.apidocs;

import io.deltashare.testkit.api.OpenApiDocuments;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway's own operations (partner webhooks) are documented as every service's are. */
@QuarkusTest
class OwnOpenApiDocumentTest {

    @Test
    void theDocumentDescribesEveryEndpoint() {
        OpenApiDocuments.assertDescribes(
                "DeltaShare gateway API",
                Map.of(
                        "/api/v1/webhooks/event-types", "get",
                        "/api/v1/webhooks/subscriptions", "post get",
                        "/api/v1/webhooks/subscriptions/{id}", "get delete",
                        "/api/v1/webhooks/subscriptions/{id}/deliveries", "get",
                        "/api/v1/webhooks/deliveries/{id}", "get",
                        "/api/v1/webhooks/deliveries/{id}/redelivery", "post"));
    }
}
