package io.deltashare.innovationvoucher.voucher;

import static io.deltashare.innovationvoucher.VoucherFixtures.ALL_REGIONS;
import static io.deltashare.innovationvoucher.VoucherFixtures.JIANGSU_FIRM;
import static io.deltashare.innovationvoucher.VoucherFixtures.SHANGHAI_CENTRE;
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
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.contracts.booking.BookingRejected;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.voucher.VoucherReserved;
import io.deltashare.testkit.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A booking that got no answer asks again: the voucher answers a repeat as it answered the first time, and never
 * holds twice; a request arriving after its booking ended holds nothing.
 */
@QuarkusTest
class VoucherAnswerRepeatedTest {

    @Test
    void aRepeatedRequestAnnouncesTheSameHoldAgainAndHoldsNothingMore() throws Exception {
        String voucher = aJiangsuVoucher();
        BookingSnapshot booking = aShanghaiSemBooking(voucher, "1200.00", "REQUESTED");
        publishBookingEvent(requested(booking));
        awaitVoucherEvent("VoucherReserved", booking.id());

        publishBookingEvent(requested(booking)); // asked again: a new event id, the same booking
        List<ConsumerRecord<String, String>> answers = awaitVoucherEvents(
                r -> r.value().contains(booking.id().toString())
                        && "io.deltashare.innovationvoucher.VoucherReserved.v1"
                                .equals(TopicReader.header(r, "ce_type")),
                2);
        assertThat(answers).hasSize(2);
        for (ConsumerRecord<String, String> answer : answers) {
            assertThat(EventJson.mapper()
                            .readValue(answer.value(), VoucherReserved.class)
                            .held()
                            .toDecimalString())
                    .isEqualTo("600.00");
        }
        as("firm.js-biomed")
                .get("/api/v1/vouchers/" + voucher)
                .then()
                .statusCode(200)
                .body("held.amount", equalTo("600.00"))
                .body("balance.amount", equalTo("9400.00"));
    }

    @Test
    void aRequestThatArrivesAfterItsBookingEndedHoldsNothing() {
        String voucher = aJiangsuVoucher();
        BookingSnapshot booking = aShanghaiSemBooking(voucher, "1200.00", "REJECTED");
        // the booking gave up waiting; its request comes later (a dead letter replayed, say)
        publishBookingEvent(new BookingRejected(booking, "voucher: no answer"));
        publishBookingEvent(requested(booking));
        BookingSnapshot marker = aShanghaiSemBooking(voucher, "100.00", "REQUESTED");
        publishBookingEvent(requested(marker));
        awaitVoucherEvent("VoucherReserved", marker.id());

        as("firm.js-biomed")
                .get("/api/v1/vouchers/" + voucher)
                .then()
                .statusCode(200)
                .body("held.amount", equalTo("50.00"));
        as("admin.platform")
                .queryParam("bookingId", booking.id().toString())
                .get("/api/v1/voucher-holds")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void thePlatformAdminListsHoldsByPeriodOrBookingAndNobodyElseDoes() {
        String voucher = aJiangsuVoucher();
        BookingSnapshot booking = aShanghaiSemBooking(voucher, "1200.00", "REQUESTED");
        publishBookingEvent(requested(booking));
        awaitVoucherEvent("VoucherReserved", booking.id());

        as("admin.platform")
                .queryParam("bookingId", booking.id().toString())
                .get("/api/v1/voucher-holds")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("HELD"))
                .body("items[0].held.amount", equalTo("600.00"))
                .body("items[0].issuingRegion", equalTo("CN-JS"))
                .body("items[0].voucherId", equalTo(voucher));
        String from = java.time.Instant.now().minus(Duration.ofMinutes(5)).toString();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> as("admin.platform")
                        .queryParam("heldFrom", from)
                        .queryParam("limit", "500")
                        .get("/api/v1/voucher-holds")
                        .then()
                        .statusCode(200)
                        .body("items.bookingId", hasItem(booking.id().toString())));
        var first = as("admin.platform")
                .queryParam("limit", "1")
                .get("/api/v1/voucher-holds")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getString("next")).contains("cursor=");

        as("bureau.js").get("/api/v1/voucher-holds").then().statusCode(403);
        as("firm.js-biomed").get("/api/v1/voucher-holds").then().statusCode(403);
        as("admin.platform")
                .queryParam("bookingId", "not-a-uuid")
                .get("/api/v1/voucher-holds")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("bookingId"));
        as("admin.platform")
                .queryParam("limit", "501")
                .get("/api/v1/voucher-holds")
                .then()
                .statusCode(400);
        as("admin.platform")
                .queryParam("heldFrom", UUID.randomUUID().toString())
                .get("/api/v1/voucher-holds")
                .then()
                .statusCode(400);
    }

    /** A new voucher of the Jiangsu bureau (¥10,000, half of each order), issued to js-biomed. */
    private static String aJiangsuVoucher() {
        return issuedVoucher("firm.js-biomed", "bureau.js", openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS)));
    }

    /** js-biomed's booking of an SEM at the Shanghai centre, paid partly with {@code voucher}. */
    private static BookingSnapshot aShanghaiSemBooking(String voucher, String fee, String status) {
        return aBooking()
                .by(JIANGSU_FIRM, Region.CN_JS)
                .at(SHANGHAI_CENTRE, Region.CN_SH)
                .inCategory("electron-microscopy")
                .costing(fee)
                .paidWith(UUID.fromString(voucher))
                .status(status)
                .build();
    }
}
