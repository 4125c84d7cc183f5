package io.deltashare.booking.quotation;

import static io.deltashare.booking.BookingFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.deltashare.booking.TestClock;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.rating.RatingChanged;
import io.deltashare.contracts.rating.RatingGiven;
import io.deltashare.testkit.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ratings (用户评价) through the API: the firm rates an order it completed, once; may change it for 14 days; the
 * provider replies once; anyone reads it, without the firm's name.
 */
@QuarkusTest
class RatingApiTest {

    private static final String FIRM = "firm.js-biomed";
    private static final String SH_STAFF = "provider.sh-analysis-centre";

    @Test
    void aFirmRatesACompletedOrderOnceAndTheProviderRepliesOnce() throws Exception {
        String order = completedOrder("product-development");
        String offer = as(FIRM).get("/api/v1/orders/" + order).then().extract().path("serviceOfferId");
        var rated = as(FIRM).body(rating(order, 5, 4, 5))
                .post("/api/v1/ratings")
                .then()
                .statusCode(201)
                .body("subject", equalTo("ORDER"))
                .body("serviceOfferId", equalTo(offer))
                .body("firmRegion", equalTo("CN-JS"))
                .extract();
        String id = rated.path("id");
        as(FIRM).body(rating(order, 1, 1, 1))
                .post("/api/v1/ratings")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("already-rated"));

        given().get("/api/v1/ratings?serviceOffer=" + offer)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items[0].firmOrganizationId", nullValue());
        as(FIRM).header("If-Match", rated.header("ETag"))
                .body(Map.of("quality", 5, "timeliness", 5, "service", 5, "comment", "the late part arrived"))
                .put("/api/v1/ratings/" + id)
                .then()
                .statusCode(200)
                .body("timeliness", equalTo(5));
        as("firm.sh-nanotech")
                .body(Map.of("quality", 1, "timeliness", 1, "service", 1))
                .header("If-Match", "\"1\"")
                .put("/api/v1/ratings/" + id)
                .then()
                .statusCode(403);
        as(FIRM).body(Map.of("reply", "no"))
                .post("/api/v1/ratings/" + id + "/reply")
                .then()
                .statusCode(403);
        as(SH_STAFF)
                .body(Map.of("reply", "感谢合作 / thank you"))
                .post("/api/v1/ratings/" + id + "/reply")
                .then()
                .statusCode(200)
                .body("reply", equalTo("感谢合作 / thank you"));
        as(SH_STAFF)
                .body(Map.of("reply", "again"))
                .post("/api/v1/ratings/" + id + "/reply")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("already-replied"));

        RatingGiven given = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.RATINGS,
                                        id,
                                        "io.deltashare.booking.RatingGiven.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        RatingGiven.class);
        assertThat(given.rating().quality()).isEqualTo(5);
        assertThat(TopicReader.awaitRecords(
                        Topics.RATINGS,
                        r -> id.equals(r.key())
                                && "io.deltashare.booking.RatingChanged.v1".equals(TopicReader.header(r, "ce_type")),
                        2,
                        Duration.ofSeconds(30)))
                .last()
                .satisfies(r -> assertThat(EventJson.mapper()
                                .readValue(r.value(), RatingChanged.class)
                                .rating()
                                .reply())
                        .isNotNull());
    }

    @Test
    void onlyWhatIsCompletedIsRatedAndARatingIsFinalAfterTwoWeeks() {
        String active = QuotationApiTest.anOrder("software-development");
        as(FIRM).body(rating(active, 4, 4, 4))
                .post("/api/v1/ratings")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("not-completed"));
        as("firm.sh-nanotech")
                .body(rating(active, 4, 4, 4))
                .post("/api/v1/ratings")
                .then()
                .statusCode(404);
        Map<String, Object> both = rating(active, 4, 4, 4);
        both.put("bookingId", active);
        as(FIRM).body(both).post("/api/v1/ratings").then().statusCode(400);
        as(FIRM).body(rating(active, 6, 4, 4)).post("/api/v1/ratings").then().statusCode(400);

        String order = completedOrder("process-development");
        var rated = as(FIRM).body(rating(order, 3, 3, 3))
                .post("/api/v1/ratings")
                .then()
                .statusCode(201)
                .extract();
        try {
            TestClock.CLOCK.move(Duration.ofDays(15));
            as(FIRM).header("If-Match", rated.header("ETag"))
                    .body(Map.of("quality", 5, "timeliness", 5, "service", 5))
                    .put("/api/v1/ratings/" + rated.path("id"))
                    .then()
                    .statusCode(409)
                    .body("type", org.hamcrest.Matchers.endsWith("rating-final"));
        } finally {
            TestClock.CLOCK.reset();
        }
    }

    private static Map<String, Object> rating(String order, int quality, int timeliness, int service) {
        Map<String, Object> body = new HashMap<>();
        body.put("orderId", order);
        body.put("quality", quality);
        body.put("timeliness", timeliness);
        body.put("service", service);
        body.put("comment", "排水机器人按期交付 / delivered as specified");
        return body;
    }

    /** An order of the Shanghai centre that the Jiangsu firm accepted both milestones of. */
    static String completedOrder(String category) {
        String order = QuotationApiTest.anOrder(category);
        for (int milestone = 1; milestone <= 2; milestone++) {
            as(SH_STAFF)
                    .body(Map.of("note", "delivered"))
                    .post("/api/v1/orders/" + order + "/milestones/" + milestone + "/delivery")
                    .then()
                    .statusCode(200);
            as(FIRM).post("/api/v1/orders/" + order + "/milestones/" + milestone + "/acceptance")
                    .then()
                    .statusCode(200);
        }
        return order;
    }
}
