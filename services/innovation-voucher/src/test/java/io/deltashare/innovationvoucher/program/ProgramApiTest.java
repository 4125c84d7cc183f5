package io.deltashare.innovationvoucher.program;

import static io.deltashare.innovationvoucher.VoucherFixtures.ALL_REGIONS;
import static io.deltashare.innovationvoucher.VoucherFixtures.aProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.as;
import static io.deltashare.innovationvoucher.VoucherFixtures.yuan;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Bureaus create and run programs of their own province; bad terms are refused naming the field. */
@QuarkusTest
class ProgramApiTest {

    @Test
    void aBureauCreatesOpensSuspendsAndClosesACrossRegionProgram() {
        String id = as("bureau.js")
                .body(aProgram("CN-JS", ALL_REGIONS))
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("crossRegion", equalTo(true))
                .body("available.amount", equalTo("1000000.00"))
                .body("coverageRatio", equalTo("0.5"))
                .extract()
                .path("id");
        as("bureau.js")
                .post("/api/v1/voucher-programs/" + id + "/opening")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        as("firm.js-biomed")
                .get("/api/v1/voucher-programs?region=CN-JS&status=OPEN")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        as("bureau.js")
                .post("/api/v1/voucher-programs/" + id + "/suspension")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        as("bureau.js")
                .post("/api/v1/voucher-programs/" + id + "/closing")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        as("bureau.js")
                .post("/api/v1/voucher-programs/" + id + "/opening")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://deltashare.io/problems/illegal-transition"));
    }

    @Test
    void anyoneWithoutATokenReadsTheOpenProgramsAndNothingElse() {
        String id = as("bureau.ah")
                .body(aProgram("CN-AH", ALL_REGIONS))
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().get("/api/v1/voucher-programs/" + id).then().statusCode(404); // a DRAFT is not public
        given().get("/api/v1/voucher-programs?status=DRAFT")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
        as("bureau.ah")
                .post("/api/v1/voucher-programs/" + id + "/opening")
                .then()
                .statusCode(200);

        given().get("/api/v1/voucher-programs/" + id)
                .then()
                .statusCode(200)
                .body("coverageRatio", equalTo("0.5"))
                .body("acceptedProviderRegions", org.hamcrest.Matchers.containsInAnyOrder(ALL_REGIONS.toArray()));
        given().get("/api/v1/voucher-programs?region=CN-AH")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("OPEN")));
        given().contentType("application/json")
                .body(aProgram("CN-AH", ALL_REGIONS))
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(401);
    }

    @Test
    void aProgramOfARegionThatIssuesNoVouchersIsRefused() {
        as("admin.platform")
                .body(aProgram("CN-GD", ALL_REGIONS))
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("region"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("does not issue vouchers")));
    }

    @Test
    void aLocalProgramIsNotCrossRegion() {
        as("bureau.zj")
                .body(aProgram("CN-ZJ", List.of("CN-ZJ")))
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(201)
                .body("crossRegion", equalTo(false))
                .body("acceptedProviderRegions", equalTo(List.of("CN-ZJ")));
    }

    @Test
    void aBureauCannotRunAnotherProvincesProgram() {
        as("bureau.zj")
                .body(aProgram("CN-JS", ALL_REGIONS))
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(403);
        String id = as("bureau.js")
                .body(aProgram("CN-JS", ALL_REGIONS))
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("bureau.zj")
                .post("/api/v1/voucher-programs/" + id + "/opening")
                .then()
                .statusCode(403);
        as("firm.js-biomed")
                .body(aProgram("CN-JS", ALL_REGIONS))
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(403);
        given().contentType("application/json")
                .body(aProgram("CN-JS", ALL_REGIONS))
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(401);
    }

    @Test
    void badTermsAreRefusedNamingTheField() {
        refused(p -> p.put("totalBudget", yuan("-5.00")), "totalBudget");
        refused(p -> p.put("faceValue", yuan("0.00")), "faceValue");
        refused(p -> p.put("capPerFirmPerYear", yuan("0.00")), "capPerFirmPerYear");
        refused(p -> p.put("coverageRatio", "1.5"), "coverageRatio");
        refused(p -> p.put("coverageRatio", "0"), "coverageRatio");
        refused(
                p -> p.put("voucherValidity", Map.of("from", "2027-06-01", "until", "2027-01-01")),
                "voucherValidity.until");
        refused(
                p -> p.put("applicationWindow", Map.of("from", "2027-06-01", "until", "2027-01-01")),
                "applicationWindow.until");
        refused(p -> p.put("acceptedProviderRegions", List.of("CN-XX")), "acceptedProviderRegions");
        refused(p -> p.put("region", "CN-XX"), "region");
        refused(p -> p.put("eligibleCategories", List.of("tarot-reading")), "eligibleCategories");
        refused(p -> p.remove("name"), "name");
        refused(p -> p.put("name", Map.of("zh", "长".repeat(201), "en", "long")), "name.zh");
        as("bureau.js")
                .body("{\"coverageRatio\": \"half\"}")
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("bureau.js")
                .get("/api/v1/voucher-programs?status=ANY")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        as("bureau.js")
                .get("/api/v1/voucher-programs/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private static void refused(Consumer<Map<String, Object>> breakIt, String field) {
        Map<String, Object> program = aProgram("CN-JS", ALL_REGIONS);
        breakIt.accept(program);
        as("bureau.js")
                .body(program)
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
