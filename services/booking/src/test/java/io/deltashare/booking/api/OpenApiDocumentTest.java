package io.deltashare.booking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.booking.deliverable.domain.FileKinds;
import io.deltashare.testkit.api.OpenApiDocuments;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint the README lists is in the published OpenAPI document, with the method it answers. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDeliverableUploadStatesEveryMediaTypeItTakes() {
        List<String> stated = given()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths.'/api/v1/orders/{id}/deliverables'.post.requestBody.content")
                .keySet()
                .stream()
                .map(String::valueOf)
                .sorted()
                .toList();
        assertThat(stated).isEqualTo(FileKinds.all());
    }

    @Test
    void theDocumentDescribesEveryEndpoint() {
        OpenApiDocuments.assertDescribes(
                "DeltaShare booking API",
                Map.ofEntries(
                        Map.entry("/api/v1/quotes", "post"),
                        Map.entry("/api/v1/quote-requests", "post get"),
                        Map.entry("/api/v1/quote-requests/{id}", "get"),
                        Map.entry("/api/v1/quote-requests/{id}/cancellation", "post"),
                        Map.entry("/api/v1/quote-requests/{id}/quotes", "post"),
                        Map.entry("/api/v1/quote-requests/{id}/quotes/{quoteId}/withdrawal", "post"),
                        Map.entry("/api/v1/quote-requests/{id}/quotes/{quoteId}/acceptance", "post"),
                        Map.entry("/api/v1/orders", "get"),
                        Map.entry("/api/v1/orders/{id}", "get"),
                        Map.entry("/api/v1/orders/{id}/milestones/{number}/delivery", "post"),
                        Map.entry("/api/v1/orders/{id}/milestones/{number}/acceptance", "post"),
                        Map.entry("/api/v1/orders/{id}/milestones/{number}/dispute", "post"),
                        Map.entry("/api/v1/orders/{id}/cancellation", "post"),
                        Map.entry("/api/v1/orders/{id}/deliverables", "post get"),
                        Map.entry("/api/v1/ratings", "post get"),
                        Map.entry("/api/v1/ratings/{id}", "get put"),
                        Map.entry("/api/v1/ratings/{id}/reply", "post"),
                        Map.entry("/api/v1/orders/{id}/deliverables/{deliverable}", "get"),
                        Map.entry("/api/v1/bookings", "post get"),
                        Map.entry("/api/v1/bookings/{id}", "get"),
                        Map.entry("/api/v1/bookings/{id}/approval", "post"),
                        Map.entry("/api/v1/bookings/{id}/rejection", "post"),
                        Map.entry("/api/v1/bookings/{id}/start", "post"),
                        Map.entry("/api/v1/bookings/{id}/completion", "post"),
                        Map.entry("/api/v1/bookings/{id}/acceptance", "post"),
                        Map.entry("/api/v1/bookings/{id}/dispute", "post"),
                        Map.entry("/api/v1/bookings/{id}/dispute-decision", "post"),
                        Map.entry("/api/v1/bookings/{id}/no-show", "post"),
                        Map.entry("/api/v1/bookings/{id}/cancellation", "post"),
                        Map.entry("/api/v1/bookings/calendar.ics", "get"),
                        Map.entry("/api/v1/instruments/{id}/calendar.ics", "get"),
                        Map.entry("/api/v1/instruments/{instrumentId}/maintenance-blocks", "post get"),
                        Map.entry("/api/v1/instruments/{instrumentId}/maintenance-blocks/{blockId}", "delete"),
                        Map.entry("/api/v1/availability", "get"),
                        Map.entry("/api/v1/dead-letters/booking", "get"),
                        Map.entry("/api/v1/dead-letters/booking/{id}/replay", "post")));
    }
}
