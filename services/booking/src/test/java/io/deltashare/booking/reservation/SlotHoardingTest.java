package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.asShanghaiFirm;
import static io.deltashare.booking.BookingFixtures.book;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One firm cannot take an instrument's calendar: a horizon, a cap on future slots, a guard on free cancellations. */
@QuarkusTest
class SlotHoardingTest {

    @Test
    void aSlotMoreThanNinetyDaysAheadIsRefused() {
        String sem = listed(aShanghaiSem());
        asJiangsuFirm()
                .body(slot(sem, 95, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"))
                .body("errors[0].message", containsString("90 days"));
        asJiangsuFirm()
                .body(slot(sem, 85, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
    }

    @Test
    void thirtyConcurrentBookingsOfOneFirmGetTwentySlotsAndAnotherFirmStillBooks() throws Exception {
        String sem = listed(aShanghaiSem());
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int day = 3 + i / 10;
            String from = String.format("%02d:00", 8 + i % 10);
            String to = String.format("%02d:00", 9 + i % 10);
            Map<String, Object> window = slot(sem, day, from, to);
            attempts.add(() -> asJiangsuFirm()
                    .body(window)
                    .post("/api/v1/bookings")
                    .then()
                    .extract()
                    .statusCode());
        }
        ExecutorService clients = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : clients.invokeAll(attempts)) {
            statuses.add(answer.get());
        }
        clients.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(20);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(10);
        asJiangsuFirm()
                .body(slot(sem, 7, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://deltashare.io/problems/booking-limit"))
                .body("detail", containsString("already holds 20 future slots"));
        asShanghaiFirm()
                .body(slot(sem, 7, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        asJiangsuFirm()
                .body(slot(sem, 7, "11:00", "12:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409);
    }

    @Test
    void tenFreeCancellationsOfOneInstrumentStopTheFirmBookingItAgain() {
        String sem = listed(aShanghaiSem());
        for (int i = 0; i < 10; i++) {
            String booking = book(slot(sem, 10, String.format("%02d:00", 8 + i), String.format("%02d:00", 9 + i)));
            asJiangsuFirm()
                    .post("/api/v1/bookings/" + booking + "/cancellation")
                    .then()
                    .statusCode(200)
                    .body("booking.status", equalTo("CANCELLED"));
        }

        asJiangsuFirm()
                .body(slot(sem, 11, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("detail", containsString("cancelled 10 slots of this instrument free of charge"));
        String another = listed(aShanghaiSem());
        asJiangsuFirm()
                .body(slot(another, 11, "09:00", "10:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
    }
}
