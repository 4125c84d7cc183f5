package io.deltashare.innovationvoucher.applying;

import static io.deltashare.innovationvoucher.VoucherFixtures.ALL_REGIONS;
import static io.deltashare.innovationvoucher.VoucherFixtures.aProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.as;
import static io.deltashare.innovationvoucher.VoucherFixtures.openProgram;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
}
