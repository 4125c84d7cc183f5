package io.deltashare.booking.quotation;

import static io.deltashare.booking.BookingFixtures.as;

import io.deltashare.booking.offer.persistence.ServiceOffers;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.catalog.ServiceOfferListed;
import io.deltashare.contracts.catalog.ServiceOfferSnapshot;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Service offers as the catalog announces them, and requests, quotes and orders as their parties send them. */
public final class Quotations {

    /** The provider ids the catalog gave the demo providers in these tests. */
    public static final UUID SHANGHAI_CENTRE = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001");

    public static final UUID HEFEI_INSTITUTE = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000002");

    private Quotations() {}

    /** A development service of {@code provider} in {@code category}, announced by the catalog; booking has it. */
    public static String offered(UUID provider, UUID organization, Region region, ServiceKind kind, String category) {
        ServiceOfferSnapshot offer = new ServiceOfferSnapshot(
                UUID.randomUUID(),
                provider,
                organization,
                region,
                region.equals(Region.CN_SH) ? "Shanghai" : "Hefei",
                kind == ServiceKind.DEVELOPMENT ? "DEVELOPMENT_SERVICE" : "TESTING_PACKAGE",
                kind,
                new LocalizedText("联合开发", "Joint development"),
                new LocalizedText("按需开发", "Development to the firm's needs"),
                category,
                "QUOTATION",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                "ACTIVE",
                1);
        TopicWriter.publish("instrument-catalog", new ServiceOfferListed(offer));
        ServiceOffers offers = Arc.container().instance(ServiceOffers.class).get();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> offers.findByIdOptional(offer.id()).isPresent()));
        return offer.id().toString();
    }

    public static String shanghaiDevelopment(String category) {
        return offered(SHANGHAI_CENTRE, DemoRealm.SH_ANALYSIS_CENTRE, Region.CN_SH, ServiceKind.DEVELOPMENT, category);
    }

    public static String hefeiDevelopment(String category) {
        return offered(HEFEI_INSTITUTE, DemoRealm.AH_HEFEI_INSTITUTE, Region.CN_AH, ServiceKind.DEVELOPMENT, category);
    }

    /** A request to every provider of {@code category} in Shanghai and Anhui, answered within a week. */
    public static Map<String, Object> toEveryProviderOf(String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Drainage robot with a self-priming pump");
        body.put("description", "A tracked, remote-controlled, diesel-driven self-priming pump");
        body.put("category", category);
        body.put("regions", List.of("CN-SH", "CN-AH"));
        body.put("respondBy", Instant.now().plus(7, ChronoUnit.DAYS).toString());
        return body;
    }

    /** Sends {@code body} as the Jiangsu firm; the request's id. */
    public static String asked(Map<String, Object> body) {
        return as("firm.js-biomed")
                .body(body)
                .post("/api/v1/quote-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A quote of {@code price} yuan in two halves, due in three and six months, holding for a month. */
    public static Map<String, Object> twoHalves(String price) {
        return new HashMap<>(io.deltashare.testkit.fixtures.ApiBodies.quoteInTwoHalves(price));
    }

    /** {@code staff} quote {@code quote} on {@code request}; the quote's id. */
    public static String quoted(String staff, String request, Map<String, Object> quote) {
        return as(staff)
                .body(quote)
                .post("/api/v1/quote-requests/" + request + "/quotes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
