package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.JIANGSU_FIRM_ORG;
import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.asPartnerPortal;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.slot;
import static io.deltashare.booking.BookingFixtures.with;
import static io.deltashare.booking.quotation.Quotations.quoted;
import static io.deltashare.booking.quotation.Quotations.shanghaiDevelopment;
import static io.deltashare.booking.quotation.Quotations.toEveryProviderOf;
import static io.deltashare.booking.quotation.Quotations.twoHalves;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.order.OrderPlaced;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.keycloak.PartnerClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner in sandbox mode (its token says {@code sandbox: true}) books and orders for the firm that granted it, as
 * any partner does; what it makes is marked {@code sandbox} in the API and in the events, so that the other services
 * count it nowhere, and no voucher pays it.
 */
@QuarkusTest
class SandboxPartnerTest {

    private static final String SECRET = "sandbox-partner-secret";
    private static String client;

    @BeforeAll
    static void aSandboxPartnerGrantedByTheJiangsuFirm() {
        client = PartnerClients.create(Keycloak.shared(), SECRET, Map.of(JIANGSU_FIRM_ORG, "CN-JS"));
        PartnerClients.intoTheSandbox(Keycloak.shared(), client);
    }

    private static RequestSpecification asSandboxPartner() {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forClient(client, SECRET))
                .contentType(ContentType.JSON);
    }

    /** How many bookings the partner sees made since {@code since} (of the firms that granted it). */
    private static int bookingsMadeSince(Instant since) {
        return asSandboxPartner()
                .queryParam("createdFrom", since.toString())
                .get("/api/v1/bookings?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
    }

    @Test
    void aSandboxPartnersBookingIsMarkedEverywhereAndPaidByNoVoucher() throws Exception {
        String sem = listed(aShanghaiSem());
        Map<String, Object> slot =
                with(slot(sem, 13, "09:00", "10:00"), "firmOrganizationId", JIANGSU_FIRM_ORG.toString());

        // a named voucher is refused, for a quote and a booking alike, and nothing is booked
        Instant since = Instant.now();
        for (String path : List.of("/api/v1/quotes", "/api/v1/bookings")) {
            asSandboxPartner()
                    .body(with(slot, "voucherId", UUID.randomUUID().toString()))
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("voucherId"));
        }
        assertThat(bookingsMadeSince(since)).isZero();

        // one click finds no voucher; the booking is marked, for the partner and the firm alike
        JsonPath booked = asSandboxPartner()
                .body(with(slot, "voucher", "auto"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("booking.sandbox", equalTo(true))
                .body("booking.voucherId", nullValue())
                .extract()
                .jsonPath();
        assertThat(booked.getString("firmShare.amount")).isEqualTo(booked.getString("booking.fee.amount.amount"));
        String id = booked.getString("booking.id");
        asJiangsuFirm().get("/api/v1/bookings/" + id).then().statusCode(200).body("booking.sandbox", equalTo(true));
        BookingRequested requested = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.BOOKINGS,
                                        id,
                                        "io.deltashare.booking.BookingRequested.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        BookingRequested.class);
        assertThat(requested.booking().sandbox()).isTrue();

        // nobody makes a booking a test by saying so: the field is not part of a request
        asJiangsuFirm()
                .body(with(slot(sem, 13, "13:00", "14:00"), "sandbox", true))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sandbox"));

        // a partner that is not in the sandbox books for real
        asPartnerPortal()
                .body(with(slot(sem, 13, "11:00", "12:00"), "firmOrganizationId", JIANGSU_FIRM_ORG.toString()))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("booking.sandbox", equalTo(false));
    }

    @Test
    void aSandboxPartnersOrderIsMarkedAndPaidByNoVoucher() throws Exception {
        String offer = shanghaiDevelopment("sandbox-trial-development");
        Map<String, Object> asking = toEveryProviderOf("sandbox-trial-development");
        asking.put("category", null);
        asking.put("serviceOfferIds", List.of(offer));
        asking.put("firmOrganizationId", JIANGSU_FIRM_ORG.toString());
        String request = asSandboxPartner()
                .body(asking)
                .post("/api/v1/quote-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String quote = quoted("provider.sh-analysis-centre", request, twoHalves("8000.00"));
        String acceptance = "/api/v1/quote-requests/" + request + "/quotes/" + quote + "/acceptance";

        asSandboxPartner()
                .body(Map.of("voucherId", UUID.randomUUID().toString()))
                .post(acceptance)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("voucherId"));
        asJiangsuFirm().get("/api/v1/quote-requests/" + request).then().body("status", equalTo("OPEN"));

        String order = asSandboxPartner()
                .body(Map.of("voucher", "auto"))
                .post(acceptance)
                .then()
                .statusCode(201)
                .body("sandbox", equalTo(true))
                .body("voucherId", nullValue())
                .body("status", equalTo("ACTIVE"))
                .extract()
                .path("id");
        OrderPlaced placed = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.ORDERS,
                                        order,
                                        "io.deltashare.booking.OrderPlaced.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        OrderPlaced.class);
        assertThat(placed.order().sandbox()).isTrue();
    }
}
