package io.deltashare.innovationvoucher.applying;

import static io.deltashare.innovationvoucher.VoucherFixtures.ALL_REGIONS;
import static io.deltashare.innovationvoucher.VoucherFixtures.JIANGSU_FIRM;
import static io.deltashare.innovationvoucher.VoucherFixtures.aProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.as;
import static io.deltashare.innovationvoucher.VoucherFixtures.asPartnerPortal;
import static io.deltashare.innovationvoucher.VoucherFixtures.issuedVoucher;
import static io.deltashare.innovationvoucher.VoucherFixtures.openProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.voucher.VoucherIssued;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Firms apply to their own province's programs, bureaus decide; each refusal says why. */
@QuarkusTest
class ApplicationApiTest {

    private static final Map<String, String> USE = Map.of("plannedUse", "NMR of new polymer electrolytes");

    @Test
    void vouchersAndApplicationsAreListedAPageAtATimeByTheirNextLinks() {
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        List<String> issued = List.of(
                issuedVoucher("firm.js-biomed", "bureau.js", program),
                issuedVoucher("firm.js-biomed", "bureau.js", program));

        List<String> vouchers =
                everyPage("firm.js-biomed", "/api/v1/vouchers?status=ACTIVE&limit=1", "items.voucher.id");
        assertThat(vouchers).containsAll(issued).doesNotHaveDuplicates();
        List<String> applications =
                everyPage("bureau.js", "/api/v1/voucher-applications?status=APPROVED&limit=1", "items.id");
        assertThat(applications).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        as("bureau.js")
                .get("/api/v1/vouchers?cursor=not-a-cursor")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
    }

    /** The ids on every page of a list, following each page's next link, which must keep the list's filter. */
    private static List<String> everyPage(String user, String first, String ids) {
        List<String> seen = new java.util.ArrayList<>();
        String page = first;
        for (int pages = 0; page != null; pages++) {
            assertThat(pages).as("pages followed").isLessThan(500);
            var answer = as(user).get(page).then().statusCode(200).extract().jsonPath();
            seen.addAll(answer.getList(ids, String.class));
            page = answer.getString("next");
            if (page != null) {
                assertThat(page).contains("limit=1").contains("cursor=");
            }
        }
        assertThat(seen).as("more than one page").hasSizeGreaterThan(1);
        return seen;
    }

    @Test
    void approvalIssuesAVoucherTheFirmSeesWithItsBalance() throws Exception {
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        String application = as("firm.js-biomed")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(USE)
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .extract()
                .path("id");
        as("bureau.js")
                .get("/api/v1/voucher-applications?status=SUBMITTED")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(application));
        String voucher = as("bureau.js")
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .extract()
                .path("voucherId");
        as("firm.js-biomed")
                .get("/api/v1/vouchers/" + voucher)
                .then()
                .statusCode(200)
                .body("voucher.code", matchesPattern("JS-\\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"))
                .body("voucher.faceValue.amount", equalTo("10000.00"))
                .body("balance.amount", equalTo("10000.00"))
                .body("history.kind", equalTo(List.of("ISSUED")));
        as("bureau.js").get("/api/v1/voucher-programs/" + program).then().body("committed.amount", equalTo("10000.00"));
        VoucherIssued issued = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.VOUCHERS,
                                        voucher,
                                        "io.deltashare.innovationvoucher.VoucherIssued.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        VoucherIssued.class);
        assertThat(issued.applicationId().toString()).isEqualTo(application);
        as("bureau.js")
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(409);
    }

    @Test
    void aRejectionCarriesTheBureausReason() {
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        String application = as("firm.js-biomed")
                .body(USE)
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("bureau.js")
                .body(Map.of("reason", ""))
                .post("/api/v1/voucher-applications/" + application + "/rejection")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        as("bureau.js")
                .body(Map.of("reason", "x".repeat(501)))
                .post("/api/v1/voucher-applications/" + application + "/rejection")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        as("bureau.js")
                .body(Map.of("reason", "planned use is routine quality control, not R&D"))
                .post("/api/v1/voucher-applications/" + application + "/rejection")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("reason", equalTo("planned use is routine quality control, not R&D"));
        as("firm.js-biomed")
                .get("/api/v1/voucher-applications/" + application)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void aFirmFromAnotherProvinceAClosedProgramAFullBudgetAndAReachedCapAreRefusedWithTheReason() {
        String jiangsu = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        as("firm.zj-materials")
                .body(USE)
                .post("/api/v1/voucher-programs/" + jiangsu + "/applications")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://deltashare.io/problems/wrong-region"));

        as("bureau.js")
                .post("/api/v1/voucher-programs/" + jiangsu + "/closing")
                .then()
                .statusCode(200);
        as("firm.js-biomed")
                .body(USE)
                .post("/api/v1/voucher-programs/" + jiangsu + "/applications")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://deltashare.io/problems/program-not-open"));

        Map<String, Object> small = aProgram("CN-JS", ALL_REGIONS);
        small.put("totalBudget", yuan("10000.00"));
        String tiny = openProgram("bureau.js", small);
        issuedVoucher("firm.js-biomed", "bureau.js", tiny);
        as("firm.js-biomed")
                .body(USE)
                .post("/api/v1/voucher-programs/" + tiny + "/applications")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://deltashare.io/problems/budget-exhausted"));

        Map<String, Object> capped = aProgram("CN-JS", ALL_REGIONS);
        capped.put("capPerFirmPerYear", yuan("10000.00"));
        String once = openProgram("bureau.js", capped);
        issuedVoucher("firm.js-biomed", "bureau.js", once);
        as("firm.js-biomed")
                .body(USE)
                .post("/api/v1/voucher-programs/" + once + "/applications")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://deltashare.io/problems/yearly-cap-reached"));

        as("firm.js-biomed")
                .body(Map.of("plannedUse", " "))
                .post("/api/v1/voucher-programs/" + once + "/applications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("plannedUse"));
        as("bureau.js")
                .body(USE)
                .post("/api/v1/voucher-programs/" + once + "/applications")
                .then()
                .statusCode(403);
    }

    @Test
    void aPartnerAppliesForItsLinkedFirmOnlyAndSeesWhatItsFirmsHold() {
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        String application = asPartnerPortal()
                .body(Map.of("plannedUse", "SEM of cathodes", "firmOrganizationId", JIANGSU_FIRM.toString()))
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(201)
                .body("firmOrganizationId", equalTo(JIANGSU_FIRM.toString()))
                .extract()
                .path("id");
        String voucher = as("bureau.js")
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(200)
                .extract()
                .path("voucherId");
        asPartnerPortal().get("/api/v1/vouchers/" + voucher).then().statusCode(200);
        asPartnerPortal()
                .get("/api/v1/voucher-applications")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(application));
        asPartnerPortal()
                .body(Map.of("plannedUse", "XRD", "firmOrganizationId", DemoRealm.SH_NANOTECH.toString()))
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(403);
        asPartnerPortal()
                .body(USE)
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(403);
        String shanghai = openProgram("bureau.sh", aProgram("CN-SH", ALL_REGIONS));
        String foreign = as("firm.sh-nanotech")
                .body(USE)
                .post("/api/v1/voucher-programs/" + shanghai + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asPartnerPortal().get("/api/v1/voucher-applications/" + foreign).then().statusCode(404);
    }

    @Test
    void nobodySeesAnotherFirmsOrRegionsApplicationsAndVouchers() {
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        String application = as("firm.js-biomed")
                .body(USE)
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("firm.zj-materials")
                .get("/api/v1/voucher-applications/" + application)
                .then()
                .statusCode(404);
        as("bureau.zj")
                .get("/api/v1/voucher-applications/" + application)
                .then()
                .statusCode(404);
        as("bureau.zj")
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(404);
        as("firm.js-biomed")
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(403);
        String voucher = as("bureau.js")
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(200)
                .extract()
                .path("voucherId");
        as("firm.zj-materials").get("/api/v1/vouchers/" + voucher).then().statusCode(404);
        as("bureau.zj").get("/api/v1/vouchers/" + voucher).then().statusCode(404);
        as("provider.sh-analysis-centre")
                .get("/api/v1/vouchers/" + voucher)
                .then()
                .statusCode(404);
        as("firm.zj-materials")
                .get("/api/v1/vouchers")
                .then()
                .statusCode(200)
                .body("items.voucher.id", not(hasItem(voucher)));
        as("bureau.zj")
                .get("/api/v1/voucher-applications")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(application)));
        as("bureau.js").get("/api/v1/vouchers").then().statusCode(200).body("items.voucher.id", hasItem(voucher));
    }
}
