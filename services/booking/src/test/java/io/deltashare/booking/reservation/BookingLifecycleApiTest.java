package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.aShanghaiNmrService;
import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.anInstrument;
import static io.deltashare.booking.BookingFixtures.asHefeiInstituteStaff;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.asShanghaiCentreStaff;
import static io.deltashare.booking.BookingFixtures.asShanghaiFirm;
import static io.deltashare.booking.BookingFixtures.book;
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
import io.deltashare.booking.TestClock;
import io.deltashare.booking.reservation.application.UsageReportDeadlines;
import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.testkit.kafka.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A booking's life through the API: who may move it where, what each step costs, and what each step publishes. */
@QuarkusTest
class BookingLifecycleApiTest {

    @Inject
    EntityManager entityManager;

    @Inject
    UsageReportDeadlines deadlines;
    /** The service's clock: what "now" is to the rules these tests play. */
    @Inject
    Clock clock;

    @Test
    void aSlotIsStartedShortlyBeforeItBeginsItsUsageReportedOnceItHasAndChargedWhenTheFirmAccepts() throws Exception {
        String sem = listed(aShanghaiSem());
        String id = book(slot(sem, 4, "09:00", "12:00"));
        asJiangsuFirm()
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("CONFIRMED"))
                .body("booking.fee.amount.amount", equalTo("1800.00"))
                .body("booking.firmRegion", equalTo("CN-JS"))
                .body("booking.providerRegion", equalTo("CN-SH"))
                .body("usageReport", nullValue());

        // four days ahead: too early to start, let alone to bill
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + id + "/start")
                .then()
                .statusCode(409)
                .body("type", containsString("too-early"))
                .body("detail", containsString("30 minutes before"));
        slotMovedTo(id, clock.instant().plus(20, ChronoUnit.MINUTES));
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + id + "/start")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("IN_PROGRESS"));
        asShanghaiCentreStaff()
                .body(Map.of("actualMinutes", 140))
                .post("/api/v1/bookings/" + id + "/completion")
                .then()
                .statusCode(409)
                .body("type", containsString("too-early"));

        slotMovedTo(id, clock.instant().minus(150, ChronoUnit.MINUTES));
        asShanghaiCentreStaff()
                .body(Map.of("actualMinutes", 140))
                .post("/api/v1/bookings/" + id + "/completion")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("DELIVERED"))
                .body("booking.fee.quantity", equalTo("2.5"))
                .body("booking.fee.amount.amount", equalTo("1500.00"))
                .body("usageReport.firmConsentRequired", equalTo(false))
                .body("usageReport.dispute", nullValue());
        asJiangsuFirm()
                .post("/api/v1/bookings/" + id + "/acceptance")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("COMPLETED"));

        List<String> told = typesUntilCompleted(id);
        assertThat(told).containsExactly("BookingConfirmed", "BookingStarted", "BookingDelivered", "BookingCompleted");
        BookingCompleted completed = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.BOOKINGS,
                                        id,
                                        "io.deltashare.booking.BookingCompleted.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        BookingCompleted.class);
        assertThat(completed.booking().fee().amount().toDecimalString()).isEqualTo("1500.00");
        assertThat(completed.booking().instrumentCategory()).isEqualTo("electron-microscopy");
        assertThat(completed.booking().firmOrganizationId()).isEqualTo(BookingFixtures.JIANGSU_FIRM_ORG);
    }

    @Test
    void aSampleOrderWaitsForTheProvidersApprovalOrItsRejection() {
        String nmr = listed(aShanghaiNmrService());
        String approved = book(samples(nmr, 4));
        asJiangsuFirm().get("/api/v1/bookings/" + approved).then().body("booking.status", equalTo("PENDING_APPROVAL"));
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + approved + "/approval")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("CONFIRMED"));
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + approved + "/start")
                .then()
                .statusCode(200);
        asShanghaiCentreStaff()
                .body(Map.of("actualMinutes", 30))
                .post("/api/v1/bookings/" + approved + "/completion")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("actualSamples"));
        asShanghaiCentreStaff()
                .body(Map.of("actualSamples", 4))
                .post("/api/v1/bookings/" + approved + "/completion")
                .then()
                .statusCode(200)
                .body("booking.fee.amount.amount", equalTo("2400.00"))
                .body("usageReport.firmConsentRequired", equalTo(false));
        asJiangsuFirm()
                .post("/api/v1/bookings/" + approved + "/acceptance")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("COMPLETED"));

        String rejected = book(samples(nmr, 1));
        asShanghaiCentreStaff()
                .body(Map.of("reason", ""))
                .post("/api/v1/bookings/" + rejected + "/rejection")
                .then()
                .statusCode(400);
        asShanghaiCentreStaff()
                .body(Map.of("reason", "the cryoprobe is out until March"))
                .post("/api/v1/bookings/" + rejected + "/rejection")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("REJECTED"))
                .body("reason", equalTo("the cryoprobe is out until March"));
    }

    @Test
    void usageBeyondTheBookingStandsOnlyWithTheFirmsAcceptance() {
        String nmr = listed(aShanghaiNmrService());
        String order = book(samples(nmr, 4));
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + order + "/approval")
                .then()
                .statusCode(200);
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + order + "/start")
                .then()
                .statusCode(200);
        asShanghaiCentreStaff()
                .body(Map.of("actualSamples", 9))
                .post("/api/v1/bookings/" + order + "/completion")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("DELIVERED"))
                .body("usageReport.firmConsentRequired", equalTo(true));
        // long after the dispute window, silence is not consent to more than was booked
        deadlines.completeUndisputed(clock.instant().plus(30, ChronoUnit.DAYS));
        asJiangsuFirm().get("/api/v1/bookings/" + order).then().body("booking.status", equalTo("DELIVERED"));

        String sem = listed(aShanghaiSem());
        String slot = book(slot(sem, 4, "09:00", "10:00"));
        slotMovedTo(slot, clock.instant().minus(2, ChronoUnit.HOURS));
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + slot + "/start")
                .then()
                .statusCode(200);
        asShanghaiCentreStaff()
                .body(Map.of("actualMinutes", 91))
                .post("/api/v1/bookings/" + slot + "/completion")
                .then()
                .statusCode(200)
                .body("usageReport.firmConsentRequired", equalTo(true));
        asShanghaiCentreStaff()
                .body(Map.of("actualMinutes", 100_001))
                .post("/api/v1/bookings/" + slot + "/completion")
                .then()
                .statusCode(400);

        asJiangsuFirm()
                .post("/api/v1/bookings/" + order + "/acceptance")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("COMPLETED"))
                .body("booking.fee.amount.amount", equalTo("5400.00"));
    }

    @Test
    void aDisputedReportIsChargedOnlyOnceSettledAndAnUndisputedOneStandsWhenTheWindowCloses() {
        String sem = listed(aShanghaiSem());
        String id = book(slot(sem, 4, "14:00", "16:00"));
        slotMovedTo(id, clock.instant().minus(3, ChronoUnit.HOURS));
        asShanghaiCentreStaff().post("/api/v1/bookings/" + id + "/start").then().statusCode(200);
        asShanghaiCentreStaff()
                .body(Map.of("actualMinutes", 120))
                .post("/api/v1/bookings/" + id + "/completion")
                .then()
                .statusCode(200);

        // only the booking firm disputes or accepts, and only with a reason
        asShanghaiFirm()
                .body(Map.of("reason", "too long"))
                .post("/api/v1/bookings/" + id + "/dispute")
                .then()
                .statusCode(404);
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + id + "/acceptance")
                .then()
                .statusCode(403);
        asJiangsuFirm()
                .body(Map.of("reason", " "))
                .post("/api/v1/bookings/" + id + "/dispute")
                .then()
                .statusCode(400);
        asJiangsuFirm()
                .body(Map.of("reason", "we left after 90 minutes"))
                .post("/api/v1/bookings/" + id + "/dispute")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("DISPUTED"))
                .body("usageReport.dispute", equalTo("we left after 90 minutes"));
        asJiangsuFirm().post("/api/v1/bookings/" + id + "/acceptance").then().statusCode(409);
        deadlines.completeUndisputed(clock.instant().plus(30, ChronoUnit.DAYS));
        asJiangsuFirm().get("/api/v1/bookings/" + id).then().body("booking.status", equalTo("DISPUTED"));

        // the provider reports again, the firm disputes again, the platform admin decides
        asShanghaiCentreStaff()
                .body(Map.of("actualMinutes", 100))
                .post("/api/v1/bookings/" + id + "/completion")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("DELIVERED"));
        asJiangsuFirm()
                .body(Map.of("reason", "still not 90"))
                .post("/api/v1/bookings/" + id + "/dispute")
                .then()
                .statusCode(200);
        asShanghaiCentreStaff()
                .body(Map.of("actualMinutes", 95))
                .post("/api/v1/bookings/" + id + "/dispute-decision")
                .then()
                .statusCode(403);
        BookingFixtures.as("admin.platform")
                .body(Map.of("actualMinutes", 90))
                .post("/api/v1/bookings/" + id + "/dispute-decision")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("COMPLETED"))
                .body("booking.fee.amount.amount", equalTo("900.00"));
        assertThat(typesUntilCompleted(id))
                .containsExactly(
                        "BookingConfirmed",
                        "BookingStarted",
                        "BookingDelivered",
                        "BookingDisputed",
                        "BookingDelivered",
                        "BookingDisputed",
                        "BookingCompleted");

        // a report nobody disputes: the window closes, disputing is too late, and the report stands
        String quiet = book(slot(sem, 5, "14:00", "15:00"));
        slotMovedTo(quiet, clock.instant().minus(5, ChronoUnit.HOURS));
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + quiet + "/start")
                .then()
                .statusCode(200);
        asShanghaiCentreStaff()
                .body(Map.of("actualMinutes", 60))
                .post("/api/v1/bookings/" + quiet + "/completion")
                .then()
                .statusCode(200);
        assertThat(deadlines.completeUndisputed(clock.instant()))
                .as("the window is still open")
                .isZero();
        TestClock.CLOCK.move(Duration.ofDays(3).plusMinutes(1)); // the three-day dispute window has closed
        try {
            asJiangsuFirm()
                    .body(Map.of("reason", "late"))
                    .post("/api/v1/bookings/" + quiet + "/dispute")
                    .then()
                    .statusCode(409)
                    .body("type", containsString("dispute-window-closed"));
            assertThat(deadlines.completeUndisputed(clock.instant())).isGreaterThanOrEqualTo(1);
            asJiangsuFirm().get("/api/v1/bookings/" + quiet).then().body("booking.status", equalTo("COMPLETED"));
        } finally {
            TestClock.CLOCK.reset();
        }
    }

    /** Time passes: the booking's slot (and the time it holds) now starts at {@code start}, as long as before. */
    private void slotMovedTo(String id, Instant start) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("""
                            UPDATE booking SET end_at = CAST(?1 AS timestamptz) + (end_at - start_at), start_at = ?1 WHERE id = ?2""")
                    .setParameter(1, start.atOffset(java.time.ZoneOffset.UTC))
                    .setParameter(2, UUID.fromString(id))
                    .executeUpdate();
            entityManager
                    .createNativeQuery("""
                            UPDATE occupancy SET period = tstzrange(CAST(?1 AS timestamptz), CAST(?1 AS timestamptz) + (upper(period) - lower(period)), '[)')
                            WHERE id = ?2""")
                    .setParameter(1, start.atOffset(java.time.ZoneOffset.UTC))
                    .setParameter(2, UUID.fromString(id))
                    .executeUpdate();
        });
    }

    /** The booking's event types on its topic after BookingRequested, in order, up to its BookingCompleted. */
    private static List<String> typesUntilCompleted(String id) {
        List<String> types = new ArrayList<>();
        TopicReader.awaitRecord(
                Topics.BOOKINGS,
                record -> {
                    if (!id.equals(record.key())) {
                        return false;
                    }
                    String type = TopicReader.header(record, "ce_type")
                            .replaceAll("^io\\.deltashare\\.booking\\.|\\.v1$", "");
                    if (!type.equals("BookingRequested")) {
                        types.add(type);
                    }
                    return type.equals("BookingCompleted");
                },
                Duration.ofSeconds(30),
                "no BookingCompleted for " + id);
        return types;
    }

    @Test
    void illegalTransitionsAreA409AndChangeNothing() {
        String sem = listed(aShanghaiSem());
        String id = book(slot(sem, 5, "09:00", "10:00"));
        asShanghaiCentreStaff()
                .body(Map.of("actualMinutes", 60))
                .post("/api/v1/bookings/" + id + "/completion")
                .then()
                .statusCode(409)
                .body("detail", containsString("CONFIRMED cannot become DELIVERED"));
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + id + "/approval")
                .then()
                .statusCode(409);
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + id + "/no-show")
                .then()
                .statusCode(409)
                .body("detail", containsString("once it has begun"));
        asJiangsuFirm().post("/api/v1/bookings/" + id + "/cancellation").then().statusCode(200);
        asJiangsuFirm().post("/api/v1/bookings/" + id + "/cancellation").then().statusCode(409);
        asShanghaiCentreStaff().post("/api/v1/bookings/" + id + "/start").then().statusCode(409);
        asJiangsuFirm().get("/api/v1/bookings/" + id).then().body("booking.status", equalTo("CANCELLED"));
    }

    @Test
    void cancellingEarlyIsFreeAndCancellingInsideTwentyFourHoursCostsHalf() throws Exception {
        String early = book(slot(listed(aShanghaiSem()), 5, "09:00", "11:00"));
        asJiangsuFirm()
                .post("/api/v1/bookings/" + early + "/cancellation")
                .then()
                .statusCode(200)
                .body("charge.amount", equalTo("0.00"));

        String anytime =
                listed(anInstrument().open("00:00", "23:45").bookedHoursAhead(0).build());
        Instant start = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        LocalDate day = start.atZone(BookingFixtures.SHANGHAI).toLocalDate();
        if (!start.plus(1, ChronoUnit.HOURS)
                        .atZone(BookingFixtures.SHANGHAI)
                        .toLocalDate()
                        .equals(day)
                || start.plus(1, ChronoUnit.HOURS)
                        .atZone(BookingFixtures.SHANGHAI)
                        .toLocalTime()
                        .isAfter(java.time.LocalTime.of(23, 45))) {
            start = BookingFixtures.at(day.plusDays(1), "00:00");
        }
        Map<String, Object> soon = new HashMap<>();
        soon.put("instrumentId", anytime);
        soon.put("start", start.toString());
        soon.put("end", start.plus(1, ChronoUnit.HOURS).toString());
        String late = book(soon);
        asJiangsuFirm()
                .post("/api/v1/bookings/" + late + "/cancellation")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("CANCELLED"))
                .body("charge.amount", equalTo("300.00"));
        BookingCancelled cancelled = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.BOOKINGS,
                                        late,
                                        "io.deltashare.booking.BookingCancelled.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        BookingCancelled.class);
        assertThat(cancelled.charge().toDecimalString()).isEqualTo("300.00");
        // the cancelled slot is free again
        book(soon);
    }

    @Test
    void aFirmThatDoesNotComeIsChargedTheFee() {
        String sem = listed(aShanghaiSem());
        String id = book(slot(sem, 6, "14:00", "16:00"));
        // time passes: the slot began an hour ago
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                        UPDATE booking SET start_at = now() - interval '1 hour', end_at = now() + interval '1 hour'
                        WHERE id = ?1""")
                        .setParameter(1, UUID.fromString(id))
                        .executeUpdate());
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + id + "/no-show")
                .then()
                .statusCode(200)
                .body("booking.status", equalTo("NO_SHOW"))
                .body("charge.amount", equalTo("1200.00"));
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
        asShanghaiCentreStaff()
                .post("/api/v1/bookings/" + id + "/cancellation")
                .then()
                .statusCode(403);
        asShanghaiFirm().get("/api/v1/bookings").then().statusCode(200).body("items.booking.id", not(hasItem(id)));
        asJiangsuFirm().get("/api/v1/bookings").then().statusCode(200).body("items.booking.id", hasItem(id));
        asShanghaiCentreStaff()
                .get("/api/v1/bookings?status=CONFIRMED")
                .then()
                .statusCode(200)
                .body("items.booking.id", hasItem(id));
        asJiangsuFirm().get("/api/v1/bookings/" + UUID.randomUUID()).then().statusCode(404);
        asJiangsuFirm().get("/api/v1/bookings?status=SOMETIMES").then().statusCode(400);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstBooking() {
        String sem = listed(aShanghaiSem());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = slot(sem, 8, "09:00", "10:00");
        String first = asJiangsuFirm()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("booking.id");
        asJiangsuFirm()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("booking.id", equalTo(first))
                .header("Idempotent-Replayed", equalTo("true"));
        asJiangsuFirm()
                .header("Idempotency-Key", key)
                .body(slot(sem, 8, "11:00", "12:00"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(422);
        asJiangsuFirm().get("/api/v1/bookings/" + first).then().body("reason", nullValue());
    }
}
