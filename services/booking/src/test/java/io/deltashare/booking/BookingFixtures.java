package io.deltashare.booking;

import static io.restassured.RestAssured.given;

import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.testkit.fixtures.AnInstrument;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Who books what in booking's tests: the catalog's part is played by publishing its events to the real broker. */
public final class BookingFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final UUID SHANGHAI_CENTRE_ORG = DemoRealm.SH_ANALYSIS_CENTRE;
    public static final UUID JIANGSU_FIRM_ORG = DemoRealm.JS_BIOMED;
    public static final UUID SHANGHAI_FIRM_ORG = DemoRealm.SH_NANOTECH;
    public static final String PARTNER_CLIENT = "partner-yangtze-lab-portal";
    public static final String PARTNER_SECRET = "partner-demo-secret";

    private BookingFixtures() {}

    public static RequestSpecification as(String user) {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forUser(user, "demo"))
                .contentType(ContentType.JSON);
    }

    /** The demo partner portal, linked to js-biomed and zj-materials (client credentials). */
    public static RequestSpecification asPartnerPortal() {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forClient(PARTNER_CLIENT, PARTNER_SECRET))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification asJiangsuFirm() {
        return as("firm.js-biomed");
    }

    public static RequestSpecification asShanghaiFirm() {
        return as("firm.sh-nanotech");
    }

    public static RequestSpecification asShanghaiCentreStaff() {
        return as("provider.sh-analysis-centre");
    }

    public static RequestSpecification asHefeiInstituteStaff() {
        return as("provider.ah-hefei-institute");
    }

    /** An SEM of the Shanghai centre, booked by the hour: every day 08:00–20:00, 1–4 hours, a day ahead, no approval. */
    public static InstrumentSnapshot aShanghaiSem() {
        return anInstrument().build();
    }

    /** An NMR service of the Shanghai centre, per sample, orders need the provider's approval. */
    public static InstrumentSnapshot aShanghaiNmrService() {
        return anInstrument()
                .perSample()
                .inCategory("nmr")
                .open("08:30", "17:00")
                .lasting(30, 240)
                .bookedHoursAhead(0)
                .needingApproval()
                .build();
    }

    /** An instrument to list, by named steps from an SEM of the Shanghai centre like {@link #aShanghaiSem()}. */
    public static AnInstrument anInstrument() {
        return AnInstrument.anInstrument();
    }

    /** Publishes the instrument as the catalog would and waits until booking has it. */
    public static String listed(InstrumentSnapshot instrument) {
        publishCatalogEvent(new InstrumentListed(instrument));
        awaitVersion(instrument);
        return instrument.id().toString();
    }

    public static void updated(InstrumentSnapshot instrument) {
        publishCatalogEvent(new InstrumentUpdated(instrument));
        awaitVersion(instrument);
    }

    public static void publishCatalogEvent(IntegrationEvent event) {
        TopicWriter.publish("instrument-catalog", event);
    }

    /** Waits until booking's read model holds this version of the instrument (or a newer one). */
    private static void awaitVersion(InstrumentSnapshot instrument) {
        InstrumentViews views = Arc.container().instance(InstrumentViews.class).get();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> views.findByIdOptional(instrument.id())
                                .map(v -> v.catalogVersion >= instrument.version())
                                .orElse(false)));
    }

    /** Books as the Jiangsu firm; the new booking's id. */
    public static String book(Map<String, Object> body) {
        return asJiangsuFirm()
                .body(body)
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("booking.id");
    }

    /** {@code from}–{@code to} local time in Shanghai, {@code days} days from today, as a booking body. */
    public static Map<String, Object> slot(String instrumentId, int days, String from, String to) {
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(days);
        Map<String, Object> body = new HashMap<>();
        body.put("instrumentId", instrumentId);
        body.put("start", at(day, from).toString());
        body.put("end", at(day, to).toString());
        return body;
    }

    public static Map<String, Object> samples(String instrumentId, int samples) {
        Map<String, Object> body = new HashMap<>();
        body.put("instrumentId", instrumentId);
        body.put("samples", samples);
        return body;
    }

    public static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
