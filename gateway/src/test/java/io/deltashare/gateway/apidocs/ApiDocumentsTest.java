package io.deltashare.gateway.apidocs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The gateway serves one OpenAPI document for the whole API, one per service, and Swagger UI over them. */
@QuarkusTest
class ApiDocumentsTest {

    @Test
    void theWholeApiIsOneDocumentWithEachPathMarkedByItsService() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("DeltaShare API"))
                .body("paths.'/api/v1/webhooks/subscriptions'.x-deltashare-service", equalTo("gateway"))
                .body("paths.'/api/v1/webhooks/subscriptions'.post", notNullValue())
                .body("paths.'/api/v1/booking-things'.x-deltashare-service", equalTo("booking"))
                .body(
                        "paths.'/api/v1/instrument-catalog-things'.get.responses.'200'.'$ref'",
                        equalTo("#/components/schemas/instrument-catalog.Thing"))
                .body("components.schemas.Thing.description", equalTo("booking page"))
                .body("components.schemas.'instrument-catalog.Thing'.description", equalTo("instrument-catalog page"))
                // settlement and innovation-voucher do not run in this test
                .body(
                        "info.description",
                        containsString(
                                "Not answering now, so not listed: innovation-voucher, insight, membership, notification, settlement"));
    }

    @Test
    void eachServiceHasItsOwnDocumentAndSwaggerUiOffersThemAll() {
        given().get("/openapi/booking").then().statusCode(200).body("info.title", equalTo("booking"));
        given().get("/openapi/settlement").then().statusCode(503).contentType("application/problem+json");
        given().get("/openapi/nothing").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void aServicesDocumentIsFetchedOnceAMinuteHoweverOftenItIsRead() {
        String first = given().get("/openapi/instrument-catalog")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .extract()
                .path("info.version");
        for (int i = 0; i < 3; i++) {
            given().get("/openapi/instrument-catalog").then().statusCode(200).body("info.version", equalTo(first));
        }
    }

    @Test
    void theAsyncApiDocumentsOfTheEventsAndTheWebhooksAreServedAsBuilt() {
        given().get("/asyncapi/events")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("asyncapi", equalTo("3.0.0"))
                .body("channels.booking-booking-v1.address", equalTo("booking.booking.v1"))
                .body(
                        "components.messages.'BookingConfirmed.v1'.headers.properties.ce_type.const",
                        equalTo("io.deltashare.booking.BookingConfirmed.v1"));
        given().get("/asyncapi/webhooks")
                .then()
                .statusCode(200)
                .body("asyncapi", equalTo("3.0.0"))
                .body("operations.deliver.bindings.http.method", equalTo("POST"))
                .body(
                        "components.messages.'VoucherIssued.v1'.headers.properties.DeltaShare-Signature.pattern",
                        notNullValue());
        given().redirects()
                .follow(false)
                .get("/asyncapi")
                .then()
                .statusCode(302)
                .header("Location", "/asyncapi/");
        given().get("/asyncapi/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("asyncapi.js"));
    }

    @Test
    void oneAddressReadsTheDocumentationAboutSixtyTimesAMinute() {
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
        // 60 a minute, refilled one a second: as fast as one client reads, the budget runs out after about 60
        int sent = 0;
        io.restassured.response.Response answer;
        do {
            answer = given().header("X-Forwarded-For", address).get("/openapi/booking");
            sent++;
        } while (answer.statusCode() == 200 && sent < 90);
        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(429);
        org.assertj.core.api.Assertions.assertThat(sent).isBetween(61, 90);
        answer.then().contentType("application/problem+json").header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", "198.51.100.250")
                .get("/openapi/booking")
                .then()
                .statusCode(200);
    }
}
