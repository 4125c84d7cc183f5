package io.deltashare.platform.time;

import static io.deltashare.platform.testapp.Requests.asAdmin;
import static io.deltashare.platform.testapp.Requests.asFirm;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A service in a simulation lets the admin set its clock; everyone else, and every other service, has no such thing. */
@QuarkusTest
@TestProfile(SimulationClockApiTest.Simulated.class)
class SimulationClockApiTest {

    public static class Simulated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("deltashare.simulation.enabled", "true");
        }
    }

    @Test
    void theAdminSetsTheClockAndItRunsOnFromThere() {
        asAdmin()
                .body(Map.of("now", "2023-01-02T00:00:00Z"))
                .put("/api/v1/simulation/clock")
                .then()
                .statusCode(200)
                .body("now", startsWith("2023-01-02T00:00"));
        asAdmin().get("/api/v1/simulation/clock").then().statusCode(200).body("now", startsWith("2023-01-02T00:0"));
        asAdmin()
                .body(Map.of("now", "yesterday"))
                .put("/api/v1/simulation/clock")
                .then()
                .statusCode(400);
        asFirm().get("/api/v1/simulation/clock").then().statusCode(403);
    }
}
