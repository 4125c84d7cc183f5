package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.aShanghaiNmrService;
import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.anInstrument;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.asShanghaiCentreStaff;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.samples;
import static io.deltashare.booking.BookingFixtures.slot;
import static io.deltashare.booking.BookingFixtures.updated;
import static io.deltashare.booking.BookingFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every booking rule, and every way a request can be wrong, answered as a 4xx problem+json naming the field. */
@QuarkusTest
class BookingRulesApiTest {

    @Test
    void aQuoteCountsHoursAtTheEnterprisePrice() {
        String sem = listed(aShanghaiSem());
        asJiangsuFirm()
                .body(slot(sem, 3, "09:00", "11:30"))
                .post("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("tier", equalTo("ENTERPRISE"))
                .body("fee.unit", equalTo("HOUR"))
                .body("fee.quantity", equalTo("2.5"))
                .body("fee.amount.amount", equalTo("1500.00"));
        String nmr = listed(aShanghaiNmrService());
        asJiangsuFirm()
                .body(with(samples(nmr, 3), "voucherId", UUID.randomUUID().toString()))
                .post("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("fee.amount.amount", equalTo("1800.00"))
                .body("voucherRule", containsString("coverage ratio"));
    }

    @Test
    void slotsThatBreakTheInstrumentsTermsAreRefusedNamingTheField() {
        String sem = listed(aShanghaiSem());
        refused(slot(sem, 3, "11:00", "10:00"), "end", "must be after start");
        refused(slot(sem, 3, "06:00", "08:00"), "start", "not within one opening window");
        refused(slot(sem, 3, "19:00", "21:00"), "start", "not within one opening window");
        refused(slot(sem, 3, "09:00", "09:30"), "end", "at least 60");
        refused(slot(sem, 3, "08:00", "13:00"), "end", "at most 240");
        refused(slot(sem, -2, "09:00", "10:00"), "start", "in the past");
        String threeDaysAhead = listed(anInstrument().bookedHoursAhead(72).build());
        refused(slot(threeDaysAhead, 2, "09:00", "10:00"), "start", "at least 72 hours ahead");
        refused(slot(sem, 3, "09:10", "10:10"), "start", "quarter hour");
        refused(slot(sem, 400, "09:00", "10:00"), "start", "days ahead");
        refused(
                with(
                        with(slot(sem, 3, "09:00", "10:00"), "start", "+100000-01-01T01:00:00Z"),
                        "end",
                        "+100000-01-01T02:00:00Z"),
                "start",
                "days ahead");
        refused(samples(sem, 2), "samples", "booked by time");
        refused(
                with(
                        slot(sem, 3, "09:00", "10:00"),
                        "instrumentId",
                        UUID.randomUUID().toString()),
                "instrumentId",
                "no instrument");
        String noVouchers = listed(anInstrument().withoutVouchers().build());
        refused(
                with(
                        slot(noVouchers, 3, "09:00", "10:00"),
                        "voucherId",
                        UUID.randomUUID().toString()),
                "voucherId",
                "does not accept innovation vouchers");
    }

    @Test
    void sampleOrdersNeedAPositiveNumberOfSamplesAndNoSlot() {
        String nmr = listed(aShanghaiNmrService());
        refused(samples(nmr, 0), "samples", "at least 1");
        refused(samples(nmr, -3), "samples", "at least 1");
        refused(slot(nmr, 3, "09:00", "10:00"), "samples", "");
        refused(with(samples(nmr, 2), "start", "2030-01-01T01:00:00Z"), "start", "no time slot");
    }

    @Test
    void malformedBodiesAreA400() {
        asJiangsuFirm()
                .body("{\"instrumentId\": \"not-a-uuid\"}")
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        asJiangsuFirm()
                .body("{\"start\": \"2030-01-01T01:00:00Z\"}")
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("instrumentId"));
        asJiangsuFirm()
                .body("{\"instrumentId\": \"" + UUID.randomUUID() + "\", \"start\": \"tomorrow\"}")
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void instrumentsInMaintenanceOrWithdrawnCannotBeBooked() {
        InstrumentSnapshot sem = aShanghaiSem();
        String id = listed(sem);
        updated(copy(sem, "MAINTENANCE", 1));
        asJiangsuFirm()
                .body(slot(id, 3, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("type", containsString("instrument-unavailable"))
                .body("detail", containsString("MAINTENANCE"));
        updated(copy(sem, "WITHDRAWN", 2));
        asJiangsuFirm()
                .body(slot(id, 3, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("detail", containsString("WITHDRAWN"));
        // an older snapshot arriving late does not bring the instrument back
        updated(copy(sem, "ACTIVE", 1));
        asJiangsuFirm()
                .body(slot(id, 3, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409);
    }

    @Test
    void onlyFirmsBookAndEveryoneMustSignIn() {
        String sem = listed(aShanghaiSem());
        given().contentType("application/json")
                .body(slot(sem, 3, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        asShanghaiCentreStaff()
                .body(slot(sem, 3, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private static void refused(Map<String, Object> body, String field, String reason) {
        asJiangsuFirm()
                .body(body)
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", containsString(reason));
    }

    static InstrumentSnapshot copy(InstrumentSnapshot i, String status, long version) {
        return new InstrumentSnapshot(
                i.id(),
                i.providerId(),
                i.providerOrganizationId(),
                i.providerRegion(),
                i.city(),
                i.name(),
                i.description(),
                i.category(),
                i.manufacturer(),
                i.model(),
                i.originalValue(),
                i.location(),
                i.bookingMode(),
                i.academicPrice(),
                i.enterprisePrice(),
                i.voucherEligible(),
                i.openingHours(),
                i.minDurationMinutes(),
                i.maxDurationMinutes(),
                i.leadTimeHours(),
                i.approvalRequired(),
                status,
                version);
    }
}
