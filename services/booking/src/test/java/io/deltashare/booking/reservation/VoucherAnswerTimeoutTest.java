package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.book;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.slot;
import static io.deltashare.booking.BookingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.testkit.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The booking saga cannot hang: without the voucher's answer a booking asks again, and in the end gives up, is
 * rejected with a reason and frees its time. (Timeouts of seconds here; minutes in production.)
 */
@QuarkusTest
@TestProfile(VoucherAnswerTimeoutTest.Impatient.class)
class VoucherAnswerTimeoutTest {

    /** Asks again after 2 s, gives up after 7 s. */
    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "booking.voucher-answer.ask-again-after",
                    "PT2S",
                    "booking.voucher-answer.give-up-after",
                    "PT7S",
                    "booking.voucher-answer.check-every",
                    "PT0.5S");
        }
    }

    @Test
    void aBookingWhoseVoucherNeverAnswersAsksAgainThenIsRejectedAndItsTimeIsFree() throws Exception {
        String sem = listed(aShanghaiSem());
        Map<String, Object> window = slot(sem, 10, "09:00", "11:00");
        String id = book(with(window, "voucherId", UUID.randomUUID().toString()));

        ConsumerRecord<String, String> first = TopicReader.awaitEvent(
                Topics.BOOKINGS, id, "io.deltashare.booking.BookingRequested.v1", Duration.ofSeconds(30));
        ConsumerRecord<String, String> again = TopicReader.awaitRecord(
                Topics.BOOKINGS,
                r -> id.equals(r.key())
                        && "io.deltashare.booking.BookingRequested.v1".equals(TopicReader.header(r, "ce_type"))
                        && !TopicReader.header(r, "ce_id").equals(TopicReader.header(first, "ce_id")),
                Duration.ofSeconds(30),
                "BookingRequested was not published again");
        // and again, 2 s after asking again (it read when it last asked from the table: a timestamptz)
        TopicReader.awaitRecord(
                Topics.BOOKINGS,
                r -> id.equals(r.key())
                        && "io.deltashare.booking.BookingRequested.v1".equals(TopicReader.header(r, "ce_type"))
                        && !TopicReader.header(r, "ce_id").equals(TopicReader.header(first, "ce_id"))
                        && !TopicReader.header(r, "ce_id").equals(TopicReader.header(again, "ce_id")),
                Duration.ofSeconds(30),
                "BookingRequested was asked again only once before giving up");
        BookingRequested asked = EventJson.mapper().readValue(first.value(), BookingRequested.class);
        BookingRequested askedAgain = EventJson.mapper().readValue(again.value(), BookingRequested.class);
        assertThat(askedAgain.booking())
                .as("the same booking, same version: nothing changed but the asking")
                .isEqualTo(asked.booking());

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "REJECTED"
                        .equals(asJiangsuFirm().get("/api/v1/bookings/" + id).path("booking.status")));
        asJiangsuFirm()
                .get("/api/v1/bookings/" + id)
                .then()
                .body("reason", containsString("did not answer within 7 seconds"))
                .body("booking.version", equalTo((int) asked.booking().version() + 1));
        TopicReader.awaitEvent(Topics.BOOKINGS, id, "io.deltashare.booking.BookingRejected.v1", Duration.ofSeconds(30));
        book(window);
    }
}
