package io.deltashare.booking.availability;

import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.anInstrument;
import static io.deltashare.booking.BookingFixtures.asHefeiInstituteStaff;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.asShanghaiCentreStaff;
import static io.deltashare.booking.BookingFixtures.at;
import static io.deltashare.booking.BookingFixtures.book;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.slot;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.deltashare.booking.BookingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Maintenance blocks share the calendar with bookings; availability search reads that calendar. */
@QuarkusTest
class MaintenanceAndAvailabilityApiTest {

    @Test
    void maintenanceBlocksAndBookingsNeverOverlapEitherWay() {
        String sem = listed(aShanghaiSem());
        String blocks = "/api/v1/instruments/" + sem + "/maintenance-blocks";
        Map<String, Object> window = slot(sem, 12, "10:00", "12:00");
        String block = asShanghaiCentreStaff()
                .body(Map.of(
                        "start", window.get("start"), "end", window.get("end"), "reason", "annual service by ZEISS"))
                .post(blocks)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        asJiangsuFirm()
                .body(slot(sem, 12, "11:00", "12:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("detail", containsString("for maintenance"));
        book(slot(sem, 12, "12:00", "13:00"));
        Map<String, Object> overBooking = slot(sem, 12, "12:30", "14:00");
        asShanghaiCentreStaff()
                .body(Map.of(
                        "start", overBooking.get("start"), "end", overBooking.get("end"), "reason", "detector swap"))
                .post(blocks)
                .then()
                .statusCode(409)
                .body("detail", containsString("by a booking"));

        asShanghaiCentreStaff().get(blocks).then().statusCode(200).body("items.id", hasItem(block));
        Map<String, Object> later = slot(sem, 15, "10:00", "11:00");
        String second = asShanghaiCentreStaff()
                .body(Map.of("start", later.get("start"), "end", later.get("end"), "reason", "vacuum check"))
                .post(blocks)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String next = asShanghaiCentreStaff()
                .get(blocks + "?limit=1")
                .then()
                .statusCode(200)
                .body("items.id", contains(block))
                .extract()
                .path("next");
        asShanghaiCentreStaff().get(next).then().statusCode(200).body("items.id", contains(second));
        asShanghaiCentreStaff().delete(blocks + "/" + block).then().statusCode(204);
        book(slot(sem, 12, "11:00", "12:00"));
    }

    @Test
    void onlyTheProvidersStaffManageMaintenanceAndBadWindowsAreA400() {
        String sem = listed(aShanghaiSem());
        String blocks = "/api/v1/instruments/" + sem + "/maintenance-blocks";
        Map<String, Object> window = slot(sem, 13, "10:00", "12:00");
        Map<String, Object> body = Map.of("start", window.get("start"), "end", window.get("end"), "reason", "service");
        asHefeiInstituteStaff().body(body).post(blocks).then().statusCode(403);
        asJiangsuFirm().body(body).post(blocks).then().statusCode(403);
        asShanghaiCentreStaff()
                .body(Map.of("start", window.get("end"), "end", window.get("start"), "reason", "x"))
                .post(blocks)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("end"));
        asShanghaiCentreStaff()
                .body(Map.of("start", window.get("start"), "end", window.get("end")))
                .post(blocks)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        asShanghaiCentreStaff()
                .body(body)
                .post("/api/v1/instruments/" + UUID.randomUUID() + "/maintenance-blocks")
                .then()
                .statusCode(404);
        asShanghaiCentreStaff().delete(blocks + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void availabilityShowsTheEarliestFreeWindowsLongEnoughForTheFirm() {
        String category = "availability-" + UUID.randomUUID();
        String morningsOnly = listed(
                anInstrument().inCategory(category).open("08:00", "12:00").build());
        book(slot(morningsOnly, 14, "09:00", "10:00"));
        LocalDate day = LocalDate.now(BookingFixtures.SHANGHAI).plusDays(14);
        String search = "/api/v1/availability?category=" + category + "&region=CN-SH&from=" + at(day, "00:00") + "&to="
                + at(day.plusDays(1), "00:00");

        asJiangsuFirm()
                .get(search + "&minutes=60")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].instrumentId", equalTo(morningsOnly))
                .body(
                        "items[0].windows.start",
                        equalTo(java.util.List.of(
                                at(day, "08:00").toString(), at(day, "10:00").toString())))
                .body("items[0].windows[1].end", equalTo(at(day, "12:00").toString()));
        asJiangsuFirm()
                .get(search + "&minutes=90")
                .then()
                .statusCode(200)
                .body("items[0].windows", hasSize(1))
                .body("items[0].windows[0].start", equalTo(at(day, "10:00").toString()));
        asJiangsuFirm().get(search + "&minutes=300").then().statusCode(200).body("items", empty());
        asJiangsuFirm()
                .get("/api/v1/availability?category=" + category + "&region=CN-JS&from=" + at(day, "00:00") + "&to="
                        + at(day.plusDays(1), "00:00") + "&minutes=60")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void badAvailabilityQueriesAreA400NamingTheParameter() {
        LocalDate day = LocalDate.now(BookingFixtures.SHANGHAI).plusDays(3);
        String from = at(day, "00:00").toString();
        asJiangsuFirm()
                .get("/api/v1/availability?to=" + from + "&minutes=60")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
        asJiangsuFirm()
                .get("/api/v1/availability?from=" + from + "&to=" + at(day.minusDays(1), "00:00") + "&minutes=60")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("to"));
        asJiangsuFirm()
                .get("/api/v1/availability?from=" + from + "&to=" + at(day.plusDays(40), "00:00") + "&minutes=60")
                .then()
                .statusCode(400)
                .body("detail", containsString("31 days"));
        asJiangsuFirm()
                .get("/api/v1/availability?from=" + from + "&to=" + at(day.plusDays(1), "00:00") + "&minutes=5")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("minutes"));
        asJiangsuFirm()
                .get("/api/v1/availability?from=yesterday&to=" + from + "&minutes=60")
                .then()
                .statusCode(400);
        asJiangsuFirm()
                .get("/api/v1/availability?from=" + from + "&to=" + at(day.plusDays(1), "00:00")
                        + "&minutes=60&region=Mars")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("region"));
        // availability is part of the public catalog: no token needed, the same checks
        io.restassured.RestAssured.given()
                .get("/api/v1/availability?from=" + from + "&to=" + at(day.plusDays(1), "00:00")
                        + "&minutes=60&region=Mars")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("region"));
    }

    @Test
    void availabilityComesAPageAtATimeAndEachPageLooksAtABoundedNumberOfInstruments() {
        String category = "paged-" + UUID.randomUUID();
        java.util.Set<String> listedIds = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            listedIds.add(listed(
                    anInstrument().inCategory(category).open("08:00", "12:00").build()));
        }
        LocalDate day = LocalDate.now(BookingFixtures.SHANGHAI).plusDays(20);
        String search = "/api/v1/availability?category=" + category + "&from=" + at(day, "00:00") + "&to="
                + at(day.plusDays(1), "00:00") + "&minutes=60&limit=2";

        io.restassured.path.json.JsonPath first = asJiangsuFirm()
                .get(search)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .extract()
                .jsonPath();
        java.net.URI next = java.net.URI.create(first.getString("next"));
        io.restassured.path.json.JsonPath second = asJiangsuFirm()
                .urlEncodingEnabled(false)
                .get(next.getRawPath() + "?" + next.getRawQuery())
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .jsonPath();

        java.util.Set<String> seen = new java.util.HashSet<>(first.getList("items.instrumentId", String.class));
        seen.addAll(second.getList("items.instrumentId", String.class));
        org.assertj.core.api.Assertions.assertThat(seen).isEqualTo(listedIds);
        org.assertj.core.api.Assertions.assertThat(second.getString("next")).isNull();
        asJiangsuFirm()
                .get(search + "&cursor=not-an-id")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
