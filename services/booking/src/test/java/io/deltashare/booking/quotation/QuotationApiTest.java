package io.deltashare.booking.quotation;

import static io.deltashare.booking.BookingFixtures.as;
import static io.deltashare.booking.BookingFixtures.with;
import static io.deltashare.booking.quotation.Quotations.asked;
import static io.deltashare.booking.quotation.Quotations.hefeiDevelopment;
import static io.deltashare.booking.quotation.Quotations.quoted;
import static io.deltashare.booking.quotation.Quotations.shanghaiDevelopment;
import static io.deltashare.booking.quotation.Quotations.toEveryProviderOf;
import static io.deltashare.booking.quotation.Quotations.twoHalves;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.order.OrderCancelled;
import io.deltashare.contracts.order.OrderCompleted;
import io.deltashare.contracts.order.OrderMilestoneAccepted;
import io.deltashare.testkit.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Requests for quotation, quotes and the orders they become, through the API, as firms and providers use them. */
@QuarkusTest
class QuotationApiTest {

    private static final String SH_STAFF = "provider.sh-analysis-centre";
    private static final String AH_STAFF = "provider.ah-hefei-institute";
    private static final String FIRM = "firm.js-biomed";

    @Test
    void aFirmAsksEveryProviderOfACategoryAndEachProviderSeesOnlyItsOwnQuote() {
        String category = "equipment-development";
        shanghaiDevelopment(category);
        hefeiDevelopment(category);
        String request = as(FIRM).body(toEveryProviderOf(category))
                .post("/api/v1/quote-requests")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("OPEN"))
                .body("firmRegion", equalTo("CN-JS"))
                .body("recipients.providerRegion", hasItem("CN-SH"))
                .body("recipients.providerRegion", hasItem("CN-AH"))
                .extract()
                .path("id");
        String shanghai = quoted(SH_STAFF, request, twoHalves("600000.00"));
        quoted(AH_STAFF, request, twoHalves("580000.00"));
        as(SH_STAFF)
                .body(twoHalves("590000.00"))
                .post("/api/v1/quote-requests/" + request + "/quotes")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("already-quoted"));

        as(FIRM).get("/api/v1/quote-requests/" + request)
                .then()
                .statusCode(200)
                .body("quotes", hasSize(2))
                .body(
                        "quotes.find { it.id == '" + shanghai + "' }.milestones.amount.amount",
                        contains("300000.00", "300000.00"));
        as(SH_STAFF)
                .get("/api/v1/quote-requests/" + request)
                .then()
                .statusCode(200)
                .body("quotes.id", contains(shanghai))
                .body("recipients.providerRegion", contains("CN-SH"));
        as(SH_STAFF)
                .get("/api/v1/quote-requests?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(request));
        as("firm.sh-nanotech").get("/api/v1/quote-requests/" + request).then().statusCode(404);
    }

    @Test
    void acceptingAQuotePlacesTheOrderWithItsTermsFrozenAndOnlyOnce() {
        String category = "process-development";
        shanghaiDevelopment(category);
        hefeiDevelopment(category);
        String request = asked(toEveryProviderOf(category));
        String shanghai = quoted(SH_STAFF, request, twoHalves("600000.00"));
        String hefei = quoted(AH_STAFF, request, twoHalves("580000.00"));

        as(SH_STAFF)
                .post("/api/v1/quote-requests/" + request + "/quotes/" + shanghai + "/acceptance")
                .then()
                .statusCode(403);
        String order = as(FIRM).post("/api/v1/quote-requests/" + request + "/quotes/" + shanghai + "/acceptance")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/orders/"))
                .body("status", equalTo("ACTIVE"))
                .body("price.amount", equalTo("600000.00"))
                .body("crossRegion", equalTo(true))
                .body("kind", equalTo("DEVELOPMENT"))
                .body("milestones.amount.amount", contains("300000.00", "300000.00"))
                .body("cancellationFee.amount", equalTo("120000.00"))
                .extract()
                .path("id");
        as(FIRM).post("/api/v1/quote-requests/" + request + "/quotes/" + hefei + "/acceptance")
                .then()
                .statusCode(409);
        as(FIRM).get("/api/v1/quote-requests/" + request)
                .then()
                .body("status", equalTo("AWARDED"))
                .body("awardedQuoteId", equalTo(shanghai));
        as(SH_STAFF).get("/api/v1/orders/" + order).then().statusCode(200);
        as(AH_STAFF).get("/api/v1/orders/" + order).then().statusCode(404);
        as(AH_STAFF)
                .post("/api/v1/quote-requests/" + request + "/quotes/" + shanghai + "/withdrawal")
                .then()
                .statusCode(404);
        as(SH_STAFF)
                .post("/api/v1/quote-requests/" + request + "/quotes/" + shanghai + "/withdrawal")
                .then()
                .statusCode(409);
    }

    @Test
    void twoConcurrentAcceptancesOfOneRequestPlaceOneOrder() throws Exception {
        String category = "software-development";
        shanghaiDevelopment(category);
        hefeiDevelopment(category);
        for (int round = 0; round < 3; round++) {
            String request = asked(toEveryProviderOf(category));
            List<String> quotes = List.of(
                    quoted(SH_STAFF, request, twoHalves("600000.00")),
                    quoted(AH_STAFF, request, twoHalves("580000.00")));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String quote : quotes) {
                Callable<Integer> accept = () -> {
                    start.await();
                    return as(FIRM).post("/api/v1/quote-requests/" + request + "/quotes/" + quote + "/acceptance")
                            .statusCode();
                };
                answers.add(pool.submit(accept));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            List<String> ordersOfRequest = as(FIRM).get("/api/v1/orders?limit=100")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.findAll { it.quoteRequestId == '" + request + "' }.id");
            assertThat(ordersOfRequest).hasSize(1);
        }
    }

    @Test
    void milestonesAreDeliveredAcceptedAndBilledUntilTheOrderCompletes() throws Exception {
        String order = anOrder("materials-development");
        as(FIRM).post("/api/v1/orders/" + order + "/milestones/1/acceptance")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("milestone-not-delivered"));
        as(FIRM).body(Map.of("note", "x"))
                .post("/api/v1/orders/" + order + "/milestones/1/delivery")
                .then()
                .statusCode(403);
        deliver(order, 1);
        as(FIRM).body(Map.of("reason", "The report lacks the flow-rate curve"))
                .post("/api/v1/orders/" + order + "/milestones/1/dispute")
                .then()
                .statusCode(200)
                .body("milestones[0].status", equalTo("DISPUTED"));
        deliver(order, 1);
        as(FIRM).post("/api/v1/orders/" + order + "/milestones/1/acceptance")
                .then()
                .statusCode(200)
                .body("billed.amount", equalTo("300000.00"))
                .body("status", equalTo("ACTIVE"));
        deliver(order, 2);
        String etag = as(FIRM).get("/api/v1/orders/" + order).then().extract().header("ETag");
        as(FIRM).header("If-Match", "\"0\"")
                .post("/api/v1/orders/" + order + "/milestones/2/acceptance")
                .then()
                .statusCode(412);
        as(FIRM).header("If-Match", etag)
                .post("/api/v1/orders/" + order + "/milestones/2/acceptance")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("billed.amount", equalTo("600000.00"))
                .body("cancellationFee", org.hamcrest.Matchers.nullValue());

        OrderMilestoneAccepted accepted = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.ORDERS,
                                        order,
                                        "io.deltashare.booking.OrderMilestoneAccepted.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        OrderMilestoneAccepted.class);
        assertThat(accepted.order()
                        .milestones()
                        .get(accepted.milestone() - 1)
                        .amount()
                        .toDecimalString())
                .isEqualTo("300000.00");
        OrderCompleted completed = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.ORDERS,
                                        order,
                                        "io.deltashare.booking.OrderCompleted.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        OrderCompleted.class);
        assertThat(completed.order().status()).isEqualTo("COMPLETED");
    }

    @Test
    void cancellingCostsTheQuotedShareOfWhatWasNotAccepted() throws Exception {
        String order = anOrder("technical-consulting");
        deliver(order, 1);
        as(FIRM).post("/api/v1/orders/" + order + "/milestones/1/acceptance")
                .then()
                .statusCode(200);
        as(SH_STAFF).post("/api/v1/orders/" + order + "/cancellation").then().statusCode(403);
        as(FIRM).post("/api/v1/orders/" + order + "/cancellation")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        OrderCancelled cancelled = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.ORDERS,
                                        order,
                                        "io.deltashare.booking.OrderCancelled.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        OrderCancelled.class);
        assertThat(cancelled.fee().toDecimalString()).isEqualTo("60000.00");
        as(FIRM).post("/api/v1/orders/" + order + "/cancellation").then().statusCode(409);
    }

    @Test
    void everyBadRequestIsA400OrA409NamingWhatIsWrongAndChangesNothing() {
        String category = "product-development";
        String offer = shanghaiDevelopment(category);
        Map<String, Object> body = toEveryProviderOf(category);
        bad(with(body, "category", null), "serviceOfferIds");
        bad(with(body, "serviceOfferIds", List.of(offer)), "serviceOfferIds");
        bad(with(body, "regions", List.of("CN-XX")), "regions[0]");
        bad(with(body, "respondBy", Instant.now().minusSeconds(60).toString()), "respondBy");
        bad(
                with(
                        with(body, "category", null),
                        "serviceOfferIds",
                        List.of(UUID.randomUUID().toString())),
                "serviceOfferIds[0]");
        as(FIRM).body(with(body, "regions", List.of("CN-GD")))
                .post("/api/v1/quote-requests")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("no-providers"));

        String request = asked(with(with(body, "category", null), "serviceOfferIds", List.of(offer)));
        Map<String, Object> lopsided = twoHalves("1000.00");
        lopsided.put(
                "milestones",
                List.of(Map.of(
                        "title",
                        "all",
                        "sharePercent",
                        90,
                        "due",
                        java.time.LocalDate.now().plusDays(10).toString())));
        as(SH_STAFF)
                .body(lopsided)
                .post("/api/v1/quote-requests/" + request + "/quotes")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("milestones"));
        as(AH_STAFF)
                .body(twoHalves("1000.00"))
                .post("/api/v1/quote-requests/" + request + "/quotes")
                .then()
                .statusCode(404);
        as(FIRM).get("/api/v1/quote-requests/" + request).then().body("quotes", hasSize(0));
    }

    /** An active order of the Shanghai centre for the Jiangsu firm: ¥600,000 in two halves; its id. */
    static String anOrder(String category) {
        String offer = shanghaiDevelopment(category);
        String request =
                asked(with(with(toEveryProviderOf(category), "category", null), "serviceOfferIds", List.of(offer)));
        String quote = quoted(SH_STAFF, request, twoHalves("600000.00"));
        return as(FIRM).post("/api/v1/quote-requests/" + request + "/quotes/" + quote + "/acceptance")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void deliver(String order, int milestone) {
        as(SH_STAFF)
                .body(Map.of("note", "delivered, report uploaded"))
                .post("/api/v1/orders/" + order + "/milestones/" + milestone + "/delivery")
                .then()
                .statusCode(200)
                .body("milestones[" + (milestone - 1) + "].status", equalTo("DELIVERED"));
    }

    private static void bad(Map<String, Object> body, String field) {
        as(FIRM).body(body)
                .post("/api/v1/quote-requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
