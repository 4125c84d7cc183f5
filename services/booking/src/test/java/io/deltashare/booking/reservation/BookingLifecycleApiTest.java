package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.aShanghaiNmrService;
import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.asHefeiInstituteStaff;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.asShanghaiCentreStaff;
import static io.deltashare.booking.BookingFixtures.asShanghaiFirm;
import static io.deltashare.booking.BookingFixtures.book;
import static io.deltashare.booking.BookingFixtures.instrument;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.samples;
import static io.deltashare.booking.BookingFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.deltashare.booking.BookingFixtures;
import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.testkit.kafka.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A booking's life through the API: who may move it where, what each step costs, and what each step publishes. */
@QuarkusTest
class BookingLifecycleApiTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aSlotWithoutApprovalIsConfirmedAtOnceThenStartedAndCompletedAtTheActualHours() throws Exception {
        String sem = listed(aShanghaiSem());
        String id = book(slot(sem, 4, "09:00", "12:00"));
        asJiangsuFirm().get("/api/v1/bookings/" + id).then().statusCode(200)
                .body("booking.status", equalTo("CONFIRMED")).body("booking.fee.amount.amount", equalTo("1800.00"))
                .body("booking.firmRegion", equalTo("CN-JS")).body("booking.providerRegion", equalTo("CN-SH"));

        asShanghaiCentreStaff().post("/api/v1/bookings/" + id + "/start").then().statusCode(200)
                .body("booking.status", equalTo("IN_PROGRESS"));
        asShanghaiCentreStaff().body(Map.of("actualMinutes", 140)).post("/api/v1/bookings/" + id + "/completion").then()
                .statusCode(200).body("booking.status", equalTo("COMPLETED"))
                .body("booking.fee.quantity", equalTo("2.5")).body("booking.fee.amount.amount", equalTo("1500.00"));

        BookingCompleted completed = EventJson.mapper().readValue(TopicReader.awaitEvent(Topics.BOOKINGS, id,
                "io.deltashare.booking.BookingCompleted.v1", Duration.ofSeconds(30)).value(), BookingCompleted.class);
        assertThat(completed.booking().fee().amount().toDecimalString()).isEqualTo("1500.00");
        assertThat(completed.booking().instrumentCategory()).isEqualTo("electron-microscopy");
        assertThat(completed.booking().firmOrganizationId()).isEqualTo(BookingFixtures.JIANGSU_FIRM_ORG);
    }

    @Test
    void aSampleOrderWaitsForTheProvidersApprovalOrItsRejection() {
        String nmr = listed(aShanghaiNmrService());
        String approved = book(samples(nmr, 4));
        asJiangsuFirm().get("/api/v1/bookings/" + approved).then().body("booking.status", equalTo("PENDING_APPROVAL"));
        asShanghaiCentreStaff().post("/api/v1/bookings/" + approved + "/approval").then().statusCode(200)
                .body("booking.status", equalTo("CONFIRMED"));
        asShanghaiCentreStaff().post("/api/v1/bookings/" + approved + "/start").then().statusCode(200);
        asShanghaiCentreStaff().body(Map.of("actualMinutes", 30)).post("/api/v1/bookings/" + approved + "/completion")
                .then().statusCode(400).body("errors.field", hasItem("actualSamples"));
        asShanghaiCentreStaff().body(Map.of("actualSamples", 5)).post("/api/v1/bookings/" + approved + "/completion")
                .then().statusCode(200).body("booking.fee.amount.amount", equalTo("3000.00"));

        String rejected = book(samples(nmr, 1));
        asShanghaiCentreStaff().body(Map.of("reason", "")).post("/api/v1/bookings/" + rejected + "/rejection").then()
                .statusCode(400);
        asShanghaiCentreStaff().body(Map.of("reason", "the cryoprobe is out until March"))
                .post("/api/v1/bookings/" + rejected + "/rejection").then().statusCode(200)
                .body("booking.status", equalTo("REJECTED")).body("reason", equalTo("the cryoprobe is out until March"));
    }

    @Test
    void illegalTransitionsAreA409AndChangeNothing() {
        String sem = listed(aShanghaiSem());
        String id = book(slot(sem, 5, "09:00", "10:00"));
        asShanghaiCentreStaff().body(Map.of("actualMinutes", 60)).post("/api/v1/bookings/" + id + "/completion").then()
                .statusCode(409).body("detail", containsString("CONFIRMED cannot become COMPLETED"));
        asShanghaiCentreStaff().post("/api/v1/bookings/" + id + "/approval").then().statusCode(409);
        asShanghaiCentreStaff().post("/api/v1/bookings/" + id + "/no-show").then().statusCode(409)
                .body("detail", containsString("once it has begun"));
        asJiangsuFirm().post("/api/v1/bookings/" + id + "/cancellation").then().statusCode(200);
        asJiangsuFirm().post("/api/v1/bookings/" + id + "/cancellation").then().statusCode(409);
        asShanghaiCentreStaff().post("/api/v1/bookings/" + id + "/start").then().statusCode(409);
        asJiangsuFirm().get("/api/v1/bookings/" + id).then().body("booking.status", equalTo("CANCELLED"));
    }

    @Test
    void cancellingEarlyIsFreeAndCancellingInsideTwentyFourHoursCostsHalf() throws Exception {
        String early = book(slot(listed(aShanghaiSem()), 5, "09:00", "11:00"));
        asJiangsuFirm().post("/api/v1/bookings/" + early + "/cancellation").then().statusCode(200)
                .body("charge.amount", equalTo("0.00"));

        String anytime = listed(instrument("SLOT", "electron-microscopy", "00:00", "23:45", 60, 240, 0, false, true,
                "ACTIVE", 0));
        Instant start = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        LocalDate day = start.atZone(BookingFixtures.SHANGHAI).toLocalDate();
        if (!start.plus(1, ChronoUnit.HOURS).atZone(BookingFixtures.SHANGHAI).toLocalDate().equals(day)
                || start.plus(1, ChronoUnit.HOURS).atZone(BookingFixtures.SHANGHAI).toLocalTime().isAfter(java.time.LocalTime.of(23, 45))) {
            start = BookingFixtures.at(day.plusDays(1), "00:00");
        }
        Map<String, Object> soon = new HashMap<>();
        soon.put("instrumentId", anytime);
        soon.put("start", start.toString());
        soon.put("end", start.plus(1, ChronoUnit.HOURS).toString());
        String late = book(soon);
        asJiangsuFirm().post("/api/v1/bookings/" + late + "/cancellation").then().statusCode(200)
                .body("booking.status", equalTo("CANCELLED")).body("charge.amount", equalTo("300.00"));
        BookingCancelled cancelled = EventJson.mapper().readValue(TopicReader.awaitEvent(Topics.BOOKINGS, late,
                "io.deltashare.booking.BookingCancelled.v1", Duration.ofSeconds(30)).value(), BookingCancelled.class);
        assertThat(cancelled.charge().toDecimalString()).isEqualTo("300.00");
        // the cancelled slot is free again
        book(soon);
    }

    @Test
    void aFirmThatDoesNotComeIsChargedTheFee() {
        String sem = listed(aShanghaiSem());
        String id = book(slot(sem, 6, "14:00", "16:00"));
        // time passes: the slot began an hour ago
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        UPDATE booking SET start_at = now() - interval '1 hour', end_at = now() + interval '1 hour'
                        WHERE id = ?1""").setParameter(1, UUID.fromString(id)).executeUpdate());
        asShanghaiCentreStaff().post("/api/v1/bookings/" + id + "/no-show").then().statusCode(200)
                .body("booking.status", equalTo("NO_SHOW")).body("charge.amount", equalTo("1200.00"));
    }

    @Test
    void nobodySeesOrMovesAnotherOrganizationsBookings() {
        String sem = listed(aShanghaiSem());
        String id = book(slot(sem, 7, "09:00", "10:00"));
        asShanghaiFirm().get("/api/v1/bookings/" + id).then().statusCode(404).contentType("application/problem+json");
        asShanghaiFirm().post("/api/v1/bookings/" + id + "/cancellation").then().statusCode(404);
        asHefeiInstituteStaff().get("/api/v1/bookings/" + id).then().statusCode(404);
        asHefeiInstituteStaff().post("/api/v1/bookings/" + id + "/start").then().statusCode(404);
        asJiangsuFirm().post("/api/v1/bookings/" + id + "/start").then().statusCode(403);
        asShanghaiCentreStaff().post("/api/v1/bookings/" + id + "/cancellation").then().statusCode(403);
        asShanghaiFirm().get("/api/v1/bookings").then().statusCode(200).body("items.booking.id", not(hasItem(id)));
        asJiangsuFirm().get("/api/v1/bookings").then().statusCode(200).body("items.booking.id", hasItem(id));
        asShanghaiCentreStaff().get("/api/v1/bookings?status=CONFIRMED").then().statusCode(200)
                .body("items.booking.id", hasItem(id));
        asJiangsuFirm().get("/api/v1/bookings/" + UUID.randomUUID()).then().statusCode(404);
        asJiangsuFirm().get("/api/v1/bookings?status=SOMETIMES").then().statusCode(400);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstBooking() {
        String sem = listed(aShanghaiSem());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = slot(sem, 8, "09:00", "10:00");
        String first = asJiangsuFirm().header("Idempotency-Key", key).body(body).post("/api/v1/bookings").then()
                .statusCode(201).extract().path("booking.id");
        asJiangsuFirm().header("Idempotency-Key", key).body(body).post("/api/v1/bookings").then().statusCode(201)
                .body("booking.id", equalTo(first)).header("Idempotent-Replayed", equalTo("true"));
        asJiangsuFirm().header("Idempotency-Key", key).body(slot(sem, 8, "11:00", "12:00")).post("/api/v1/bookings")
                .then().statusCode(422);
        asJiangsuFirm().get("/api/v1/bookings/" + first).then().body("reason", nullValue());
    }
}
