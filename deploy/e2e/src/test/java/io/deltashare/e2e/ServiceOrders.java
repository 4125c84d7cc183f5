package io.deltashare.e2e;

import io.deltashare.testkit.fixtures.ApiBodies;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * Services, requests for quotation, quotes and orders through the gateway, as the journeys and the attack suite make
 * them: the same calls a portal makes, with the demo users.
 */
final class ServiceOrders {

    /** The category of development work the journeys use. */
    static final String CATEGORY = "equipment-development";

    private final DeltaShareSystem system;

    ServiceOrders(DeltaShareSystem system) {
        this.system = system;
    }

    /** A development service of the provider of {@code organization}, approved by the admin; its id. */
    String offered(String staff, String organization, String name) {
        String provider = system.as(staff)
                .get("/api/v1/providers?organization=" + organization)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].id");
        Map<String, Object> details = ApiBodies.developmentService("联合开发：" + name, name, CATEGORY);
        String offer = system.as(staff)
                .body(Map.of("providerId", provider, "details", details))
                .post("/api/v1/service-offers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        system.as("admin.platform")
                .post("/api/v1/service-offers/" + offer + "/listing-approval")
                .then()
                .statusCode(200);
        return offer;
    }

    /**
     * The firm's request for quotation {@code asking}, sent once booking knows the offers it names (they arrive by
     * event) and {@code until} holds of the answer; its id.
     */
    String asked(String firm, Map<String, Object> asking, Predicate<ExtractableResponse<Response>> until) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> system.as(firm)
                                .body(asking)
                                .post("/api/v1/quote-requests")
                                .then()
                                .extract(),
                        answer -> answer.statusCode() == 201 && until.test(answer))
                .path("id");
    }

    /** A request for quotation to the providers of {@code offers}. */
    static Map<String, Object> toProvidersOf(String title, List<String> offers) {
        return Map.of(
                "title",
                title,
                "description",
                "A development for a firm",
                "serviceOfferIds",
                offers,
                "respondBy",
                Instant.now().plus(Duration.ofDays(7)).toString());
    }

    /** The provider's quote of {@code price} yuan in two halves, due in three and six months; its id. */
    String quoted(String staff, String request, String price) {
        return system.as(staff)
                .body(quote(price))
                .post("/api/v1/quote-requests/" + request + "/quotes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A quote of {@code price} yuan in two halves, due in three and six months. */
    static Map<String, Object> quote(String price) {
        return ApiBodies.quoteInTwoHalves(price);
    }

    /** The firm accepts {@code quote} without a voucher: the order, active at once; its id. */
    String ordered(String firm, String request, String quote) {
        return system.as(firm)
                .body(Map.of("voucher", "none"))
                .post("/api/v1/quote-requests/" + request + "/quotes/" + quote + "/acceptance")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
