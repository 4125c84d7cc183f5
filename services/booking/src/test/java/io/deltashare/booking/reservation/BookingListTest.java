package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.as;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.asShanghaiFirm;
import static io.deltashare.booking.BookingFixtures.book;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of bookings: each caller its own, newest first, in pages that never skip or repeat a booking; the platform
 * admin every booking of a period, or the bookings named (what the cross-service reconciliation reads).
 */
@QuarkusTest
class BookingListTest {

    @Test
    void theAdminPagesThroughEveryBookingOfAPeriodWithoutLosingOne() {
        Instant from = Instant.now();
        String sem = listed(aShanghaiSem());
        List<String> made = new ArrayList<>();
        for (int hour = 8; hour < 13; hour++) {
            made.add(book(slot(sem, 12, String.format("%02d:00", hour), String.format("%02d:00", hour + 1))));
        }
        Instant before = Instant.now();

        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            JsonPath page = (next == null
                            ? as("admin.platform")
                                    .queryParam("createdFrom", from.toString())
                                    .queryParam("createdBefore", before.toString())
                                    .queryParam("limit", "2")
                                    .get("/api/v1/bookings")
                            : as("admin.platform").urlEncodingEnabled(false).get(next))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.booking.id"));
            next = page.getString("next");
        } while (next != null);
        assertThat(seen).containsAll(made).doesNotHaveDuplicates();

        as("admin.platform")
                .queryParam("id", made.get(0))
                .queryParam("id", made.get(3))
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items.booking.id", equalTo(List.of(made.get(3), made.get(0))));
    }

    @Test
    void aFirmListsOnlyItsOwnBookingsEvenWhenItNamesAnothersId() {
        String sem = listed(aShanghaiSem());
        String jiangsu = book(slot(sem, 13, "09:00", "10:00"));
        asJiangsuFirm().get("/api/v1/bookings").then().statusCode(200).body("items.booking.id", hasItem(jiangsu));
        asShanghaiFirm()
                .queryParam("id", jiangsu)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items.booking.id", not(hasItem(jiangsu)));
    }

    @Test
    void badListParametersAre400sNamingTheParameter() {
        as("admin.platform")
                .queryParam("id", "seven")
                .get("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("id"));
        as("admin.platform")
                .queryParam("createdFrom", "monday")
                .get("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("createdFrom"));
        as("admin.platform")
                .queryParam("cursor", "%%%")
                .get("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        var tooMany = as("admin.platform");
        for (int i = 0; i < 101; i++) {
            tooMany = tooMany.queryParam("id", java.util.UUID.randomUUID().toString());
        }
        tooMany.get("/api/v1/bookings").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void aQueryParameterOverItsStatedBoundsIsA400NamingItAndNothingIsRead() {
        asJiangsuFirm()
                .queryParam("cursor", "x".repeat(513))
                .get("/api/v1/bookings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
        io.restassured.specification.RequestSpecification many = asJiangsuFirm();
        for (int i = 0; i < 101; i++) {
            many = many.queryParam("id", java.util.UUID.randomUUID().toString());
        }
        many.get("/api/v1/bookings").then().statusCode(400).body("errors.field", hasItem("id"));
        asJiangsuFirm()
                .queryParam("cursor", "x".repeat(512))
                .get("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"))
                .body("errors.message", not(hasItem("is longer than 512 characters")));
    }
}
