package io.deltashare.instrumentcatalog.rating;

import static io.deltashare.instrumentcatalog.CatalogFixtures.aFieldEmissionSem;
import static io.deltashare.instrumentcatalog.CatalogFixtures.aTensileTestingPackage;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asShanghaiCentreStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listedInShanghai;
import static io.deltashare.instrumentcatalog.CatalogFixtures.offeredAs;
import static io.deltashare.instrumentcatalog.CatalogFixtures.shanghaiCentre;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.rating.RatingChanged;
import io.deltashare.contracts.rating.RatingGiven;
import io.deltashare.contracts.rating.RatingSnapshot;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Ratings booking announces show on the instrument, the service and the provider as counts and average marks; a
 * changed rating counts once, with its newest marks, whatever order its versions arrive in.
 */
@QuarkusTest
class RatingSummariesTest {

    @Test
    void averagesAndCountsShowOnTheInstrumentTheServiceAndTheProvider() {
        String sem = listedInShanghai(aFieldEmissionSem());
        String offer = offeredAs(asShanghaiCentreStaff(), shanghaiCentre(), aTensileTestingPackage());
        UUID provider = UUID.fromString(shanghaiCentre());
        // searched once before any rating, so the search keeps the unrated views of both
        assertThat(searchedRatings("/api/v1/instruments?q=场发射", sem)).isEqualTo(0);
        assertThat(searchedRatings("/api/v1/service-offers?q=拉伸", offer)).isEqualTo(0);

        UUID first = UUID.randomUUID();
        TopicWriter.publish(
                "booking", new RatingGiven(rating(first, provider, UUID.fromString(sem), null, 5, 4, 3, 0)));
        TopicWriter.publish(
                "booking",
                new RatingGiven(rating(UUID.randomUUID(), provider, UUID.fromString(sem), null, 4, 4, 4, 0)));
        // a change, and a stale copy of the first version after it: the newest marks count, once
        TopicWriter.publish(
                "booking", new RatingChanged(rating(first, provider, UUID.fromString(sem), null, 3, 4, 5, 1)));
        TopicWriter.publish(
                "booking", new RatingGiven(rating(first, provider, UUID.fromString(sem), null, 5, 4, 3, 0)));
        TopicWriter.publish(
                "booking",
                new RatingGiven(rating(UUID.randomUUID(), provider, null, UUID.fromString(offer), 2, 3, 4, 0)));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/v1/instruments/" + sem)
                        .then()
                        .statusCode(200)
                        .body("ratings.count", equalTo(2))
                        .body("ratings.quality", equalTo(3.50f))
                        .body("ratings.timeliness", equalTo(4.00f))
                        .body("ratings.service", equalTo(4.50f)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/v1/service-offers/" + offer)
                        .then()
                        .body("ratings.count", equalTo(1))
                        .body("ratings.quality", equalTo(2.00f)));
        // the ratings written since are a new version of each listing to search, not the views kept from before
        assertThat(searchedRatings("/api/v1/instruments?q=场发射", sem)).isEqualTo(2);
        assertThat(searchedRatings("/api/v1/service-offers?q=拉伸", offer)).isEqualTo(1);
        given().get("/api/v1/providers/" + provider)
                .then()
                .statusCode(200)
                .body("ratings.count", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
    }

    /** The rating count search shows on listing {@code id}, found on the pages of {@code search}. */
    private static int searchedRatings(String search, String id) {
        JsonPath page = given().get(search + "&limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        while (true) {
            Integer count = page.get("items.find { it.id == '" + id + "' }.ratings.count");
            if (count != null) {
                return count;
            }
            String next = page.getString("next");
            if (next == null) {
                throw new AssertionError(search + " did not find " + id);
            }
            // the link comes encoded already
            page = given().urlEncodingEnabled(false)
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
        }
    }

    private static RatingSnapshot rating(
            UUID id,
            UUID provider,
            UUID instrument,
            UUID offer,
            int quality,
            int timeliness,
            int service,
            long version) {
        return new RatingSnapshot(
                id,
                instrument != null ? "BOOKING" : "ORDER",
                UUID.randomUUID(),
                DemoRealm.JS_BIOMED,
                Region.CN_JS,
                provider,
                DemoRealm.SH_ANALYSIS_CENTRE,
                instrument,
                offer,
                quality,
                timeliness,
                service,
                "fine",
                null,
                Instant.now(),
                version);
    }
}
