package io.deltashare.contracts.rating;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.GoldenJson;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the wire format of the rating events the catalog consumes. */
class RatingEventsGoldenTest {

    static RatingSnapshot aRatingOfTheDevelopmentOrder(String reply, long version) {
        return new RatingSnapshot(
                UUID.fromString("7a7e0000-0000-4000-8000-000000000001"),
                "ORDER",
                UUID.fromString("0dde0000-0000-4000-8000-000000000001"),
                UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000102"),
                Region.CN_JS,
                UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"),
                UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201"),
                null,
                UUID.fromString("5e7d0c1b-0000-4000-8000-000000000078"),
                5,
                4,
                5,
                "排水机器人按期交付，性能达标 / delivered on time, as specified",
                reply,
                Instant.parse("2027-07-02T06:00:00Z"),
                version);
    }

    @Test
    void ratingGiven() {
        GoldenJson.assertMatches(new RatingGiven(aRatingOfTheDevelopmentOrder(null, 0)), "rating-given.v1.json");
    }

    @Test
    void ratingChanged() {
        GoldenJson.assertMatches(
                new RatingChanged(aRatingOfTheDevelopmentOrder("感谢合作 / thank you", 1)), "rating-changed.v1.json");
    }
}
