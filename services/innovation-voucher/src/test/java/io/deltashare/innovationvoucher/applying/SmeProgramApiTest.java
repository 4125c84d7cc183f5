package io.deltashare.innovationvoucher.applying;

import static io.deltashare.innovationvoucher.VoucherFixtures.ALL_REGIONS;
import static io.deltashare.innovationvoucher.VoucherFixtures.aProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.as;
import static io.deltashare.innovationvoucher.VoucherFixtures.openProgram;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.deltashare.platform.time.Clocks;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A program for science-based SMEs (科技型中小企业) only takes firms that DeltaShare admitted with a current SME
 * registration: the voucher service learns of admissions from membership's {@code OrganizationAdmitted}, played here
 * by publishing it to the real broker.
 */
@QuarkusTest
class SmeProgramApiTest {

    @Test
    void aFirmWithoutARegistrationIsRefusedAndOneAdmittedWithItApplies() {
        Map<String, Object> terms = new HashMap<>(aProgram("CN-ZJ", ALL_REGIONS));
        terms.put("smeOnly", true);
        String program = openProgram("bureau.zj", terms);
        as("bureau.zj").get("/api/v1/voucher-programs/" + program).then().body("smeOnly", equalTo(true));
        Map<String, String> application = Map.of("plannedUse", "XRD of a new ceramic coating");

        // the demo firm zj-materials was created in the realm, not admitted through membership: no SME registration
        as("firm.zj-materials")
                .body(application)
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://deltashare.io/problems/sme-required"))
                .body("detail", containsString("科技型中小企业"));

        int thisYear = LocalDate.now(Clocks.SHANGHAI).getYear();
        TopicWriter.publish(
                "membership",
                new OrganizationAdmitted(
                        UUID.randomUUID(),
                        new OrganizationSnapshot(
                                DemoRealm.ZJ_MATERIALS,
                                "zj-materials",
                                "firm",
                                new LocalizedText("杭州新材料", "Hangzhou Advanced Materials"),
                                Region.CN_ZJ,
                                "Hangzhou",
                                thisYear + "3301060001234",
                                thisYear)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> as("firm.zj-materials")
                                .body(application)
                                .post("/api/v1/voucher-programs/" + program + "/applications")
                                .statusCode()
                        == 201);
    }

    @Test
    void aBureauVerifiesTheRegistrationOfAFirmOfItsRegionAndOnlyItsOwnCounts() {
        Map<String, Object> terms = new HashMap<>(aProgram("CN-JS", ALL_REGIONS));
        terms.put("smeOnly", true);
        String program = openProgram("bureau.js", terms);
        String registration = "/api/v1/sme-registrations/" + DemoRealm.JS_BIOMED;
        Map<String, String> application = Map.of("plannedUse", "flow cytometry for a new antibody assay");
        int thisYear = LocalDate.now(Clocks.SHANGHAI).getYear();
        Map<String, Object> verification = Map.of("registrationNumber", thisYear + "3205000A0123", "year", thisYear);

        as("firm.js-biomed")
                .body(application)
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://deltashare.io/problems/sme-required"))
                .body("detail", containsString("bureau"));
        as("firm.js-biomed").get(registration).then().statusCode(404);

        // the firm cannot verify itself, and a bureau states a registration of the registry's form
        as("firm.js-biomed").body(verification).put(registration).then().statusCode(403);
        as("bureau.js")
                .body(Map.of("registrationNumber", "js/123", "year", 2010))
                .put(registration)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("registrationNumber", "year"));

        // another province's bureau may record one, but it does not count for a Jiangsu firm
        as("bureau.zj").body(verification).put(registration).then().statusCode(200);
        as("firm.js-biomed")
                .body(application)
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(409);
        as("bureau.zj").delete(registration).then().statusCode(204);

        as("bureau.js")
                .body(verification)
                .put(registration)
                .then()
                .statusCode(200)
                .body("source", equalTo("BUREAU"))
                .body("current", equalTo(true))
                .body("region", equalTo("CN-JS"));
        as("firm.js-biomed").get(registration).then().statusCode(200).body("year", equalTo(thisYear));
        as("bureau.sh").get(registration).then().statusCode(404);
        as("bureau.js")
                .get("/api/v1/sme-registrations")
                .then()
                .statusCode(200)
                .body("items.organizationId", hasItem(DemoRealm.JS_BIOMED.toString()));
        as("firm.js-biomed")
                .body(application)
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(201);

        as("bureau.js").delete(registration).then().statusCode(204);
        as("firm.js-biomed").get(registration).then().statusCode(404);
        as("bureau.js").delete(registration).then().statusCode(404);
    }
}
