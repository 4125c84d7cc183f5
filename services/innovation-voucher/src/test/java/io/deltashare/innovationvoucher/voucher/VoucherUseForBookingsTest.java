package io.deltashare.innovationvoucher.voucher;

import static io.deltashare.innovationvoucher.VoucherFixtures.ALL_REGIONS;
import static io.deltashare.innovationvoucher.VoucherFixtures.HEFEI_INSTITUTE;
import static io.deltashare.innovationvoucher.VoucherFixtures.JIANGSU_FIRM;
import static io.deltashare.innovationvoucher.VoucherFixtures.SHANGHAI_CENTRE;
import static io.deltashare.innovationvoucher.VoucherFixtures.ZHEJIANG_FIRM;
import static io.deltashare.innovationvoucher.VoucherFixtures.aProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.as;
import static io.deltashare.innovationvoucher.VoucherFixtures.awaitVoucherEvent;
import static io.deltashare.innovationvoucher.VoucherFixtures.awaitVoucherEvents;
import static io.deltashare.innovationvoucher.VoucherFixtures.issuedVoucher;
import static io.deltashare.innovationvoucher.VoucherFixtures.openProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.publishBookingEvent;
import static io.deltashare.innovationvoucher.VoucherFixtures.requested;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.booking.Fee;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherReservationRejected;
import io.deltashare.contracts.voucher.VoucherReserved;
import io.deltashare.innovationvoucher.voucher.application.ExpiryJob;
import io.deltashare.testkit.kafka.Inboxes;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.kafka.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Booking events hold, release and redeem voucher money, across provinces, exactly once, never beyond face value. */
@QuarkusTest
class VoucherUseForBookingsTest {

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource database;

    @Inject
    ExpiryJob expiry;

    @Test
    void aJiangsuVoucherHoldsAndRedeemsOnAShanghaiProvidersBookingAndCountsAsCrossRegion() throws Exception {
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        String voucher = issuedVoucher("firm.js-biomed", "bureau.js", program);
        BookingSnapshot booking = aBooking()
                .by(JIANGSU_FIRM, Region.CN_JS)
                .at(SHANGHAI_CENTRE, Region.CN_SH)
                .inCategory("electron-microscopy")
                .costing("1200.00")
                .paidWith(UUID.fromString(voucher))
                .status("REQUESTED")
                .build();
        publishBookingEvent(requested(booking));
        VoucherReserved reserved = EventJson.mapper()
                .readValue(awaitVoucherEvent("VoucherReserved", booking.id()).value(), VoucherReserved.class);
        assertThat(reserved.held()).isEqualTo(Money.parse("600.00"));
        assertThat(reserved.remainingBalance()).isEqualTo(Money.parse("9400.00"));

        // the firm used 1 h 45 min at ¥600/h: ¥1,050.00, of which the voucher pays half, ¥525.00, and gives ¥75 back
        BookingSnapshot completed = completedWithFee(booking, "1050.00");
        CloudEvent completion = publishBookingEvent(new BookingCompleted(completed));
        VoucherRedeemed redeemed = EventJson.mapper()
                .readValue(awaitVoucherEvent("VoucherRedeemed", booking.id()).value(), VoucherRedeemed.class);
        assertThat(redeemed.redeemed()).isEqualTo(Money.parse("525.00"));
        assertThat(redeemed.released()).isEqualTo(Money.parse("75.00"));
        assertThat(redeemed.issuingRegion()).isEqualTo(Region.CN_JS);
        assertThat(redeemed.providerRegion()).isEqualTo(Region.CN_SH);
        assertThat(redeemed.issuingLocality()).isNull();

        // a redelivered completion changes nothing
        redeliver(completion, new BookingCompleted(completed));
        publishBookingEvent(new BookingCompleted(completed));
        as("firm.js-biomed")
                .get("/api/v1/vouchers/" + voucher)
                .then()
                .statusCode(200)
                .body("balance.amount", equalTo("9475.00"))
                .body("redeemed.amount", equalTo("525.00"))
                .body("held.amount", equalTo("0.00"))
                .body("history.kind", equalTo(List.of("ISSUED", "HELD", "REDEEMED", "RELEASED")));

        int year = LocalDate.now(io.deltashare.platform.time.Clocks.SHANGHAI).getYear();
        Map<String, Object> stats = as("bureau.js")
                .get("/api/v1/voucher-statistics?year=" + year)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("regions[0]");
        assertThat(stats.get("region")).isEqualTo("CN-JS");
        long cross = Money.parse(((Map<?, ?>) stats.get("crossRegionRedeemed"))
                        .get("amount")
                        .toString())
                .fen();
        long crossInDb = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("""
                SELECT coalesce(sum(h.redeemed_fen), 0) FROM hold h JOIN voucher v ON v.id = h.voucher_id
                WHERE v.region = 'CN-JS' AND h.provider_region <> 'CN-JS' AND h.status = 'REDEEMED'""").getSingleResult()).longValue());
        assertThat(cross).isEqualTo(crossInDb).isGreaterThanOrEqualTo(52_500L);
        as("bureau.zj").get("/api/v1/voucher-statistics?region=CN-JS").then().statusCode(403);
        as("firm.js-biomed").get("/api/v1/voucher-statistics").then().statusCode(403);
        as("bureau.js").get("/api/v1/voucher-statistics?year=twenty").then().statusCode(400);
    }

    @Test
    void aLocalZhejiangVoucherIsRefusedForAnAnhuiProviderWithAReadableReason() throws Exception {
        String program = openProgram("bureau.zj", aProgram("CN-ZJ", List.of("CN-ZJ")));
        String voucher = issuedVoucher("firm.zj-materials", "bureau.zj", program);
        BookingSnapshot booking = aBooking()
                .by(ZHEJIANG_FIRM, Region.CN_ZJ)
                .at(HEFEI_INSTITUTE, Region.CN_AH)
                .inCategory("nmr")
                .costing("800.00")
                .paidWith(UUID.fromString(voucher))
                .status("REQUESTED")
                .build();
        publishBookingEvent(requested(booking));
        VoucherReservationRejected rejected = EventJson.mapper()
                .readValue(
                        awaitVoucherEvent("VoucherReservationRejected", booking.id())
                                .value(),
                        VoucherReservationRejected.class);
        assertThat(rejected.reason())
                .isEqualTo("the voucher is not accepted at providers in CN-AH; it is accepted in [CN-ZJ]");

        BookingSnapshot foreign = aBooking()
                .by(JIANGSU_FIRM, Region.CN_JS)
                .at(SHANGHAI_CENTRE, Region.CN_ZJ)
                .inCategory("nmr")
                .costing("800.00")
                .paidWith(UUID.fromString(voucher))
                .status("REQUESTED")
                .build();
        publishBookingEvent(requested(foreign));
        assertThat(EventJson.mapper()
                        .readValue(
                                awaitVoucherEvent("VoucherReservationRejected", foreign.id())
                                        .value(),
                                VoucherReservationRejected.class)
                        .reason())
                .isEqualTo("the voucher belongs to another firm");
    }

    @Test
    void aSandboxPartnersBookingIsPaidByNoVoucherEvenWhenItNamesOne() throws Exception {
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        String voucher = issuedVoucher("firm.js-biomed", "bureau.js", program);
        BookingSnapshot test = aBooking()
                .by(JIANGSU_FIRM, Region.CN_JS)
                .at(SHANGHAI_CENTRE, Region.CN_SH)
                .inCategory("nmr")
                .costing("2000.00")
                .paidWith(UUID.fromString(voucher))
                .status("REQUESTED")
                .inTheSandbox()
                .build();
        publishBookingEvent(requested(test));
        assertThat(EventJson.mapper()
                        .readValue(
                                awaitVoucherEvent("VoucherReservationRejected", test.id())
                                        .value(),
                                VoucherReservationRejected.class)
                        .reason())
                .contains("sandbox");
        // and its completion, once applied, redeems nothing
        CloudEvent completion = publishBookingEvent(new BookingCompleted(completedWithFee(test, "2000.00")));
        Inboxes.awaitTaken(database, completion);
        as("firm.js-biomed")
                .get("/api/v1/vouchers/" + voucher)
                .then()
                .body("balance.amount", equalTo("10000.00"))
                .body("redeemed.amount", equalTo("0.00"))
                .body("history.kind", equalTo(List.of("ISSUED")));
    }

    @Test
    void cancellationReleasesTheHold() throws Exception {
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        String voucher = issuedVoucher("firm.js-biomed", "bureau.js", program);
        BookingSnapshot booking = aBooking()
                .by(JIANGSU_FIRM, Region.CN_JS)
                .at(SHANGHAI_CENTRE, Region.CN_SH)
                .inCategory("nmr")
                .costing("2000.00")
                .paidWith(UUID.fromString(voucher))
                .status("REQUESTED")
                .build();
        publishBookingEvent(requested(booking));
        awaitVoucherEvent("VoucherReserved", booking.id());
        publishBookingEvent(new BookingCancelled(booking, Money.parse("1000.00")));
        awaitVoucherEvent("VoucherReleased", booking.id());
        as("firm.js-biomed")
                .get("/api/v1/vouchers/" + voucher)
                .then()
                .body("balance.amount", equalTo("10000.00"))
                .body("held.amount", equalTo("0.00"));
    }

    @Test
    void fiftyParallelHoldsOnOneVoucherNeverExceedItsFaceValue() throws Exception {
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        String voucher = issuedVoucher("firm.js-biomed", "bureau.js", program);
        List<BookingSnapshot> bookings = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            bookings.add(aBooking()
                    .by(JIANGSU_FIRM, Region.CN_JS)
                    .at(SHANGHAI_CENTRE, Region.CN_SH)
                    .inCategory("electron-microscopy")
                    .costing("600.00")
                    .paidWith(UUID.fromString(voucher))
                    .status("REQUESTED")
                    .build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<CloudEvent>> sent = new ArrayList<>();
        for (BookingSnapshot booking : bookings) {
            sent.add(pool.submit(() -> publishBookingEvent(requested(booking))));
        }
        for (Future<CloudEvent> future : sent) {
            future.get();
        }
        pool.shutdown();
        Set<String> ids =
                new HashSet<>(bookings.stream().map(b -> b.id().toString()).toList());
        var replies = awaitVoucherEvents(
                r -> r.key().equals(voucher)
                        && ids.stream().anyMatch(r.value()::contains)
                        && !TopicReader.header(r, "ce_type").contains("Issued"),
                50);

        // ¥300 per booking on a ¥10,000 voucher: 33 full holds, one of the last ¥100, 16 refusals
        assertThat(replies).hasSize(50);
        assertThat(replies)
                .filteredOn(r -> TopicReader.header(r, "ce_type").contains("VoucherReserved"))
                .hasSize(34);
        Object[] totals = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery(
                        "SELECT v.held_fen, v.face_value_fen, (SELECT sum(held_fen) FROM hold WHERE voucher_id = v.id)"
                                + " FROM voucher v WHERE v.id = ?1")
                .setParameter(1, UUID.fromString(voucher))
                .getSingleResult());
        assertThat(((Number) totals[0]).longValue())
                .isEqualTo(1_000_000L)
                .isEqualTo(((Number) totals[1]).longValue())
                .isEqualTo(((Number) totals[2]).longValue());
    }

    @Test
    void expiryGivesTheUnspentBalanceBackToTheProgram() throws Exception {
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        String voucher = issuedVoucher("firm.js-biomed", "bureau.js", program);
        BookingSnapshot booking = aBooking()
                .by(JIANGSU_FIRM, Region.CN_JS)
                .at(SHANGHAI_CENTRE, Region.CN_SH)
                .inCategory("nmr")
                .costing("1000.00")
                .paidWith(UUID.fromString(voucher))
                .status("REQUESTED")
                .build();
        publishBookingEvent(requested(booking));
        awaitVoucherEvent("VoucherReserved", booking.id());

        assertThat(expiry.expireDue(Instant.now().plus(800, ChronoUnit.DAYS))).isGreaterThanOrEqualTo(1);
        as("firm.js-biomed")
                .get("/api/v1/vouchers/" + voucher)
                .then()
                .body("voucher.status", equalTo("EXPIRED"))
                .body("returnedToProgram.amount", equalTo("9500.00"))
                .body("balance.amount", equalTo("0.00"));
        as("bureau.js").get("/api/v1/voucher-programs/" + program).then().body("committed.amount", equalTo("500.00"));
        TopicReader.awaitEvent(
                io.deltashare.contracts.events.Topics.VOUCHERS,
                voucher,
                "io.deltashare.innovationvoucher.VoucherExpired.v1",
                java.time.Duration.ofSeconds(30));

        // the booking still held ¥500; when it is cancelled, that goes back to the program too
        publishBookingEvent(new BookingCancelled(booking, Money.ZERO));
        awaitVoucherEvent("VoucherReleased", booking.id());
        as("bureau.js").get("/api/v1/voucher-programs/" + program).then().body("committed.amount", equalTo("0.00"));
        BookingSnapshot late = aBooking()
                .by(JIANGSU_FIRM, Region.CN_JS)
                .at(SHANGHAI_CENTRE, Region.CN_SH)
                .inCategory("nmr")
                .costing("1000.00")
                .paidWith(UUID.fromString(voucher))
                .status("REQUESTED")
                .build();
        publishBookingEvent(requested(late));
        assertThat(awaitVoucherEvent("VoucherReservationRejected", late.id()).value())
                .contains("expired");
    }

    private static BookingSnapshot completedWithFee(BookingSnapshot b, String fee) {
        return new BookingSnapshot(
                b.id(),
                b.instrumentId(),
                b.instrumentCategory(),
                b.providerId(),
                b.providerOrganizationId(),
                b.providerRegion(),
                b.firmOrganizationId(),
                b.firmRegion(),
                b.mode(),
                b.start(),
                b.end(),
                b.samples(),
                b.tier(),
                new Fee("HOUR", "1.75", b.fee().unitPrice(), Money.parse(fee)),
                b.voucherId(),
                "COMPLETED",
                b.version() + 3,
                false);
    }

    /** Sends the same CloudEvent again, as Kafka does after a consumer crash. */
    private static void redeliver(CloudEvent envelope, BookingCompleted event) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(
                "booking.booking.v1", event.subject(), EventJson.mapper().writeValueAsString(event));
        envelope.writeTo(record.headers());
        TopicWriter.send(record);
    }
}
