package io.deltashare.booking.quotation;

import static io.deltashare.booking.BookingFixtures.as;
import static io.deltashare.booking.BookingFixtures.with;
import static io.deltashare.booking.quotation.Quotations.asked;
import static io.deltashare.booking.quotation.Quotations.quoted;
import static io.deltashare.booking.quotation.Quotations.shanghaiDevelopment;
import static io.deltashare.booking.quotation.Quotations.toEveryProviderOf;
import static io.deltashare.booking.quotation.Quotations.twoHalves;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.booking.order.application.OrderVoucherTimeouts;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.order.OrderPlaced;
import io.deltashare.contracts.voucher.VoucherHeldForOrder;
import io.deltashare.contracts.voucher.VoucherRefusedForOrder;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * An order paid in part with a voucher waits for the voucher's answer, with the voucher service's part played by
 * publishing its replies to the real broker: a hold makes it active, a refusal rejects it and opens its request
 * again, and silence is chased and at last given up on.
 */
@QuarkusTest
class OrderVoucherSagaTest {

    private static final String FIRM = "firm.js-biomed";

    @Inject
    OrderVoucherTimeouts timeouts;

    @Test
    void anOrderWithAVoucherBecomesActiveOnceTheVoucherHoldsItsShare() throws Exception {
        UUID voucher = UUID.randomUUID();
        Placed placed = placedWith(voucher, "product-development");
        assertThat(placed.status()).isEqualTo("AWAITING_VOUCHER");
        OrderPlaced asked = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.ORDERS,
                                        placed.order(),
                                        "io.deltashare.booking.OrderPlaced.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        OrderPlaced.class);
        assertThat(asked.order().voucherId()).isEqualTo(voucher);
        assertThat(asked.order().price()).isEqualTo(Money.parse("600000.00"));

        TopicWriter.publish(
                "innovation-voucher",
                new VoucherHeldForOrder(
                        voucher, UUID.fromString(placed.order()), Money.parse("300000.00"), Money.ZERO));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(FIRM).get("/api/v1/orders/" + placed.order())
                        .then()
                        .body("status", equalTo("ACTIVE"))
                        .body("voucherHeld.amount", equalTo("300000.00")));
    }

    @Test
    void aRefusedVoucherRejectsTheOrderAndTheFirmMayAcceptTheQuoteAgainWithout() {
        UUID voucher = UUID.randomUUID();
        Placed placed = placedWith(voucher, "equipment-development");
        TopicWriter.publish(
                "innovation-voucher",
                new VoucherRefusedForOrder(
                        voucher,
                        UUID.fromString(placed.order()),
                        "the voucher does not pay for DEVELOPMENT; it pays for [TESTING]"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        as(FIRM).get("/api/v1/orders/" + placed.order()).then().body("status", equalTo("REJECTED")));
        as(FIRM).get("/api/v1/orders/" + placed.order())
                .then()
                .body(
                        "rejectionReason",
                        equalTo("voucher: the voucher does not pay for DEVELOPMENT; it pays for [TESTING]"));
        as(FIRM).get("/api/v1/quote-requests/" + placed.request())
                .then()
                .body("status", equalTo("OPEN"))
                .body("quotes[0].status", equalTo("SUBMITTED"));
        as(FIRM).post("/api/v1/quote-requests/" + placed.request() + "/quotes/" + placed.quote() + "/acceptance")
                .then()
                .statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("voucherId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anOrderWhoseVoucherNeverAnswersIsAskedAgainAndThenGivenUp() {
        Placed placed = placedWith(UUID.randomUUID(), "software-development");
        timeouts.chase(Instant.now().plus(Duration.ofMinutes(3)));
        List<?> asks = TopicReader.awaitRecords(
                Topics.ORDERS,
                r -> r.key().equals(placed.order())
                        && "io.deltashare.booking.OrderPlaced.v1".equals(TopicReader.header(r, "ce_type")),
                2,
                Duration.ofSeconds(30));
        assertThat(asks).hasSize(2);
        timeouts.chase(Instant.now().plus(Duration.ofMinutes(11)));
        as(FIRM).get("/api/v1/orders/" + placed.order()).then().body("status", equalTo("REJECTED"));
        as(FIRM).get("/api/v1/quote-requests/" + placed.request()).then().body("status", equalTo("OPEN"));
    }

    @Test
    void anAcceptanceThatBothNamesAVoucherAndAsksForOneIsA400() {
        String offer = shanghaiDevelopment("materials-development");
        String request = asked(with(with(toEveryProviderOf("x"), "category", null), "serviceOfferIds", List.of(offer)));
        String quote = quoted("provider.sh-analysis-centre", request, twoHalves("1000.00"));
        as(FIRM).body(Map.of("voucherId", UUID.randomUUID().toString(), "voucher", "auto"))
                .post("/api/v1/quote-requests/" + request + "/quotes/" + quote + "/acceptance")
                .then()
                .statusCode(400);
        as(FIRM).body(Map.of("voucher", "sometimes"))
                .post("/api/v1/quote-requests/" + request + "/quotes/" + quote + "/acceptance")
                .then()
                .statusCode(400);
        as(FIRM).get("/api/v1/quote-requests/" + request).then().body("status", equalTo("OPEN"));
    }

    record Placed(String request, String quote, String order, String status) {}

    private static Placed placedWith(UUID voucher, String category) {
        String offer = shanghaiDevelopment(category);
        String request =
                asked(with(with(toEveryProviderOf(category), "category", null), "serviceOfferIds", List.of(offer)));
        String quote = quoted("provider.sh-analysis-centre", request, twoHalves("600000.00"));
        var order = as(FIRM).body(Map.of("voucherId", voucher.toString()))
                .post("/api/v1/quote-requests/" + request + "/quotes/" + quote + "/acceptance")
                .then()
                .statusCode(201)
                .body("voucherId", equalTo(voucher.toString()))
                .extract();
        return new Placed(request, quote, order.path("id"), order.path("status"));
    }
}
