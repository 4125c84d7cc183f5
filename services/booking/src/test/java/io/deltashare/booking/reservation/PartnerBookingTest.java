package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.JIANGSU_FIRM_ORG;
import static io.deltashare.booking.BookingFixtures.SHANGHAI_FIRM_ORG;
import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.asPartnerPortal;
import static io.deltashare.booking.BookingFixtures.asShanghaiFirm;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.slot;
import static io.deltashare.booking.BookingFixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A partner portal books, reads and cancels for the firms linked to it, and for no other. */
@QuarkusTest
class PartnerBookingTest {

    @Test
    void aPartnerBooksForItsLinkedFirmWhichSeesTheBookingToo() {
        String sem = listed(aShanghaiSem());
        String id = asPartnerPortal()
                .body(with(slot(sem, 12, "09:00", "10:00"), "firmOrganizationId", JIANGSU_FIRM_ORG.toString()))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("booking.firmOrganizationId", equalTo(JIANGSU_FIRM_ORG.toString()))
                .body("booking.firmRegion", equalTo("CN-JS"))
                .extract()
                .path("booking.id");
        asJiangsuFirm().get("/api/v1/bookings/" + id).then().statusCode(200);
        asPartnerPortal().get("/api/v1/bookings/" + id).then().statusCode(200);
        asPartnerPortal()
                .get("/api/v1/bookings?limit=100")
                .then()
                .statusCode(200)
                .body("items.booking.id", hasItem(id));
        asShanghaiFirm().get("/api/v1/bookings/" + id).then().statusCode(404);
        asPartnerPortal()
                .post("/api/v1/bookings/" + id + "/cancellation")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("CANCELLED"));
    }

    @Test
    void aPartnerCannotActForAnUnlinkedFirmOrForNoneInParticular() {
        String sem = listed(aShanghaiSem());
        asPartnerPortal()
                .body(with(slot(sem, 12, "11:00", "12:00"), "firmOrganizationId", SHANGHAI_FIRM_ORG.toString()))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        asPartnerPortal()
                .body(slot(sem, 12, "11:00", "12:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403);
        String theirs = asShanghaiFirm()
                .body(slot(sem, 12, "13:00", "14:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("booking.id");
        asPartnerPortal().get("/api/v1/bookings/" + theirs).then().statusCode(404);
        asPartnerPortal()
                .post("/api/v1/bookings/" + theirs + "/cancellation")
                .then()
                .statusCode(404);
        asPartnerPortal().get("/api/v1/bookings?limit=100").then().body("items.booking.id", not(hasItem(theirs)));
        // a firm's staff may not book in another firm's name either
        asJiangsuFirm()
                .body(with(slot(sem, 12, "15:00", "16:00"), "firmOrganizationId", SHANGHAI_FIRM_ORG.toString()))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403);
    }
}
