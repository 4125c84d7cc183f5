package io.deltashare.platform.problem;

import static io.deltashare.platform.testapp.Requests.asFirm;
import static io.deltashare.platform.testapp.Requests.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.platform.testapp.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is a 400 problem+json that names what is wrong, and it changes nothing. */
@QuarkusTest
class BadInputTest {

    @Inject
    Db db;

    private long talliesBefore;

    @BeforeEach
    void countTallies() {
        talliesBefore = db.count("SELECT count(*) FROM tally");
    }

    @Test
    void malformedJsonIsA400() {
        asFirm().body("{\"label\": \"x\", ")
                .post("/api/v1/tallies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://deltashare.io/problems/malformed-json"))
                .body("status", equalTo(400));
        assertNothingCreated();
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheFieldAndTheAllowedValues() {
        asFirm().body("{\"label\":\"x\",\"amount\":{\"amount\":\"1.00\"},\"kind\":\"BOGUS\"}")
                .post("/api/v1/tallies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"))
                .body("detail", containsString("SAMPLE"));
        assertNothingCreated();
    }

    @Test
    void aWrongTypeIsA400NamingTheField() {
        asFirm().body("{\"label\":\"x\",\"amount\":[1,2],\"kind\":\"SAMPLE\"}")
                .post("/api/v1/tallies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("amount"));
        assertNothingCreated();
    }

    @Test
    void anAmountWithThreeDecimalsIsA400() {
        asFirm().body(tally("x", "1.001"))
                .post("/api/v1/tallies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("at most two decimals"));
        assertNothingCreated();
    }

    @Test
    void failedValidationListsEveryOffendingField() {
        asFirm().body("{\"label\":\"  \",\"kind\":\"SLOT\"}")
                .post("/api/v1/tallies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://deltashare.io/problems/validation"))
                .body("errors.field", hasItem("label"))
                .body("errors.field", hasItem("amount"));
        assertNothingCreated();
    }

    @Test
    void aMissingBodyIsA400() {
        asFirm().post("/api/v1/tallies").then().statusCode(400).contentType("application/problem+json");
        assertNothingCreated();
    }

    @Test
    void anUnknownIdAndAnUnknownPathAre404AndAWrongMethodIs405() {
        asFirm().get("/api/v1/tallies/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/tallies/00000000-0000-0000-0000-000000000000"));
        asFirm().get("/api/v1/tallies/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        asFirm().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        asFirm().delete("/api/v1/tallies/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    private void assertNothingCreated() {
        assertThat(db.count("SELECT count(*) FROM tally")).isEqualTo(talliesBefore);
    }
}
