package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.aShanghaiNmrService;
import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.book;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.samples;
import static io.deltashare.booking.BookingFixtures.slot;
import static io.deltashare.booking.BookingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherReservationRejected;
import io.deltashare.contracts.voucher.VoucherReserved;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The voucher half of the booking saga, with the voucher service's part played by publishing its replies to the real
 * broker: a booking with a voucher waits for the hold, goes on when it comes and is rejected with the voucher's
 * reason when it does not.
 */
@QuarkusTest
class VoucherSagaTest {

    @Test
    void aBookingWithAVoucherWaitsForTheHoldAndThenGoesOn() throws Exception {
        UUID voucher = UUID.randomUUID();
        String id = book(with(slot(listed(aShanghaiSem()), 9, "09:00", "11:00"), "voucherId", voucher.toString()));
        asJiangsuFirm().get("/api/v1/bookings/" + id).then().body("booking.status", equalTo("REQUESTED"));

        BookingRequested requested = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.BOOKINGS,
                                        id,
                                        "io.deltashare.booking.BookingRequested.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        BookingRequested.class);
        assertThat(requested.booking().voucherId()).isEqualTo(voucher);
        assertThat(requested.booking().fee().amount().toDecimalString()).isEqualTo("1200.00");
        assertThat(requested.booking().providerRegion().code()).isEqualTo("CN-SH");
        assertThat(requested.booking().firmRegion().code()).isEqualTo("CN-JS");

        CloudEvent reserved = TopicWriter.publish(
                "innovation-voucher",
                new VoucherReserved(voucher, UUID.fromString(id), Money.parse("600.00"), Money.parse("9400.00")));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "CONFIRMED"
                        .equals(asJiangsuFirm().get("/api/v1/bookings/" + id).path("booking.status")));
        int version = asJiangsuFirm()
                .get("/api/v1/bookings/" + id)
                .then()
                .body("voucherHeld.amount", equalTo("600.00"))
                .extract()
                .path("booking.version");

        // the same reply delivered again (same CloudEvents id) changes nothing
        ProducerRecord<String, String> again = new ProducerRecord<>(
                Topics.VOUCHERS,
                voucher.toString(),
                EventJson.mapper()
                        .writeValueAsString(new VoucherReserved(
                                voucher, UUID.fromString(id), Money.parse("900.00"), Money.parse("9100.00"))));
        reserved.writeTo(again.headers());
        TopicWriter.send(again);
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> asJiangsuFirm().get("/api/v1/bookings/" + id).<Integer>path("booking.version") == version);
        asJiangsuFirm().get("/api/v1/bookings/" + id).then().body("voucherHeld.amount", equalTo("600.00"));
    }

    @Test
    void aRefusedVoucherRejectsTheBookingWithItsReasonAndFreesTheSlot() {
        String sem = listed(aShanghaiSem());
        Map<String, Object> window = slot(sem, 9, "13:00", "15:00");
        UUID voucher = UUID.randomUUID();
        String id = book(with(window, "voucherId", voucher.toString()));
        TopicWriter.publish(
                "innovation-voucher",
                new VoucherReservationRejected(
                        voucher, UUID.fromString(id), "voucher does not accept providers in CN-SH"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "REJECTED"
                        .equals(asJiangsuFirm().get("/api/v1/bookings/" + id).path("booking.status")));
        asJiangsuFirm()
                .get("/api/v1/bookings/" + id)
                .then()
                .body("reason", equalTo("voucher: voucher does not accept providers in CN-SH"));
        book(window);
    }

    @Test
    void aHoldForABookingWithApprovalLeadsToTheProvidersQueue() {
        UUID voucher = UUID.randomUUID();
        String id = book(with(samples(listed(aShanghaiNmrService()), 2), "voucherId", voucher.toString()));
        TopicWriter.publish(
                "innovation-voucher",
                new VoucherReserved(voucher, UUID.fromString(id), Money.parse("300.00"), Money.parse("700.00")));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "PENDING_APPROVAL"
                        .equals(asJiangsuFirm().get("/api/v1/bookings/" + id).path("booking.status")));
    }
}
