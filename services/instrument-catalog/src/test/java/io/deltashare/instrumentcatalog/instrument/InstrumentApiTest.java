package io.deltashare.instrumentcatalog.instrument;

import static io.deltashare.instrumentcatalog.CatalogFixtures.a700MhzNmr;
import static io.deltashare.instrumentcatalog.CatalogFixtures.aFieldEmissionSem;
import static io.deltashare.instrumentcatalog.CatalogFixtures.approved;
import static io.deltashare.instrumentcatalog.CatalogFixtures.as;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asHefeiInstituteStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asJiangsuFirm;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asOperator;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asShanghaiCentreStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.hefeiInstitute;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listedAs;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listedInShanghai;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listing;
import static io.deltashare.instrumentcatalog.CatalogFixtures.money;
import static io.deltashare.instrumentcatalog.CatalogFixtures.shanghaiCentre;
import static io.deltashare.instrumentcatalog.CatalogFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstrumentApiTest {

    @Test
    void aNewListingIsInvisibleUntilThePlatformApprovesIt() {
        String id = asShanghaiCentreStaff()
                .body(listing(shanghaiCentre(), aFieldEmissionSem()))
                .post("/api/v1/instruments")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", notNullValue())
                .body("status", equalTo("SUBMITTED"))
                .body("voucherEligible", equalTo(false))
                .body("providerRegion", equalTo("CN-SH"))
                .body("enterprisePrice.amount", equalTo("600.00"))
                .body("openingHours[0].from", equalTo("08:30"))
                .extract()
                .path("id");

        asJiangsuFirm().get("/api/v1/instruments/" + id).then().statusCode(404);
        given().get("/api/v1/instruments/" + id).then().statusCode(404);
        asJiangsuFirm().get("/api/v1/instruments?q=场发射").then().body("items.id", not(hasItem(id)));
        asShanghaiCentreStaff().get("/api/v1/instruments/" + id).then().statusCode(200);
        asOperator()
                .get("/api/v1/instruments/review-queue?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        asShanghaiCentreStaff()
                .post("/api/v1/instruments/" + id + "/listing-approval")
                .then()
                .statusCode(403);
        asShanghaiCentreStaff()
                .post("/api/v1/instruments/" + id + "/activation")
                .then()
                .statusCode(409);

        asOperator()
                .post("/api/v1/instruments/" + id + "/listing-approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        asJiangsuFirm()
                .get("/api/v1/instruments/" + id)
                .then()
                .statusCode(200)
                .body("name.zh", equalTo("场发射扫描电镜"))
                .header("ETag", notNullValue());
        asOperator()
                .post("/api/v1/instruments/" + id + "/listing-approval")
                .then()
                .statusCode(409);
    }

    @Test
    void aRejectedListingCarriesTheReasonAndIsSubmittedAgainWhenCorrected() {
        String id = asShanghaiCentreStaff()
                .body(listing(shanghaiCentre(), aFieldEmissionSem()))
                .post("/api/v1/instruments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag = asOperator()
                .body(Map.of("reason", "give the room number of the instrument"))
                .post("/api/v1/instruments/" + id + "/listing-rejection")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("reviewNote", equalTo("give the room number of the instrument"))
                .extract()
                .header("ETag");
        asOperator()
                .body(Map.of("reason", ""))
                .post("/api/v1/instruments/" + id + "/listing-rejection")
                .then()
                .statusCode(400);
        asShanghaiCentreStaff()
                .header("If-Match", etag)
                .body(with(aFieldEmissionSem(), "location", "Building 3, Room 105"))
                .put("/api/v1/instruments/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("reviewNote", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void onlyTheBureauOfTheProvidersRegionDesignatesAnInstrumentForVouchers() {
        String id = listedAs(asShanghaiCentreStaff(), shanghaiCentre(), aFieldEmissionSem(), null);
        Map<String, Object> eligible = Map.of("eligible", true);
        as("bureau.js")
                .body(eligible)
                .put("/api/v1/instruments/" + id + "/voucher-eligibility")
                .then()
                .statusCode(403);
        asShanghaiCentreStaff()
                .body(eligible)
                .put("/api/v1/instruments/" + id + "/voucher-eligibility")
                .then()
                .statusCode(403);
        as("bureau.sh")
                .body(eligible)
                .put("/api/v1/instruments/" + id + "/voucher-eligibility")
                .then()
                .statusCode(200)
                .body("voucherEligible", equalTo(true));
        asJiangsuFirm().get("/api/v1/instruments/" + id).then().body("voucherEligible", equalTo(true));
    }

    @Test
    void aProvidersStaffCannotTouchAnotherProvidersInstruments() {
        String id = listedInShanghai(aFieldEmissionSem());
        String etag = asShanghaiCentreStaff().get("/api/v1/instruments/" + id).header("ETag");

        asHefeiInstituteStaff()
                .body(listing(shanghaiCentre(), aFieldEmissionSem()))
                .post("/api/v1/instruments")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        asHefeiInstituteStaff()
                .header("If-Match", etag)
                .body(a700MhzNmr())
                .put("/api/v1/instruments/" + id)
                .then()
                .statusCode(403);
        asHefeiInstituteStaff()
                .post("/api/v1/instruments/" + id + "/withdrawal")
                .then()
                .statusCode(403);
        asJiangsuFirm()
                .body(listing(hefeiInstitute(), aFieldEmissionSem()))
                .post("/api/v1/instruments")
                .then()
                .statusCode(403);
        given().get("/api/v1/instruments/" + id).then().statusCode(200).body("id", equalTo(id)); // the public catalog
        given().contentType("application/json")
                .body(listing(hefeiInstitute(), aFieldEmissionSem()))
                .post("/api/v1/instruments")
                .then()
                .statusCode(401);
        asShanghaiCentreStaff()
                .get("/api/v1/instruments/" + id)
                .then()
                .body("status", equalTo("ACTIVE"))
                .body("name.en", equalTo("Field-emission scanning electron microscope"));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = listedInShanghai(aFieldEmissionSem());
        String etag = asShanghaiCentreStaff().get("/api/v1/instruments/" + id).header("ETag");
        Map<String, Object> cheaper =
                with(aFieldEmissionSem(), "prices", Map.of("academic", money("250.00"), "enterprise", money("500.00")));

        asShanghaiCentreStaff()
                .body(cheaper)
                .put("/api/v1/instruments/" + id)
                .then()
                .statusCode(428);
        asShanghaiCentreStaff()
                .header("If-Match", etag)
                .body(cheaper)
                .put("/api/v1/instruments/" + id)
                .then()
                .statusCode(200)
                .body("enterprisePrice.amount", equalTo("600.00")) // the live listing stays until the review
                .body("pendingRevision.enterprisePrice.amount", equalTo("500.00"));
        asShanghaiCentreStaff()
                .header("If-Match", etag)
                .body(cheaper)
                .put("/api/v1/instruments/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        asJiangsuFirm()
                .get("/api/v1/instruments/" + id)
                .then()
                .body("enterprisePrice.amount", equalTo("600.00"))
                .body("pendingRevision", org.hamcrest.Matchers.nullValue());
        approved(id);
        asJiangsuFirm().get("/api/v1/instruments/" + id).then().body("enterprisePrice.amount", equalTo("500.00"));
    }

    @Test
    void maintenanceActivationAndWithdrawalFollowTheStatusRules() {
        String id = listedInShanghai(aFieldEmissionSem());
        String path = "/api/v1/instruments/" + id;

        asShanghaiCentreStaff()
                .post(path + "/maintenance")
                .then()
                .statusCode(200)
                .body("status", equalTo("MAINTENANCE"));
        asShanghaiCentreStaff()
                .post(path + "/maintenance")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        asShanghaiCentreStaff()
                .post(path + "/activation")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        String etag = asShanghaiCentreStaff()
                .post(path + "/withdrawal")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .extract()
                .header("ETag");
        asShanghaiCentreStaff().post(path + "/activation").then().statusCode(409);
        asShanghaiCentreStaff()
                .header("If-Match", etag)
                .body(aFieldEmissionSem())
                .put(path)
                .then()
                .statusCode(409);
    }

    @Test
    void unknownInstrumentsAre404() {
        String unknown = "/api/v1/instruments/" + UUID.randomUUID();
        asJiangsuFirm().get(unknown).then().statusCode(404).contentType("application/problem+json");
        asShanghaiCentreStaff()
                .header("If-Match", "\"0\"")
                .body(aFieldEmissionSem())
                .put(unknown)
                .then()
                .statusCode(404);
        asShanghaiCentreStaff().post(unknown + "/maintenance").then().statusCode(404);
        asShanghaiCentreStaff()
                .body(listing(UUID.randomUUID().toString(), aFieldEmissionSem()))
                .post("/api/v1/instruments")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("providerId"));
    }

    @Test
    void everyBadListingIsA400NamingTheField() {
        String provider = shanghaiCentre();
        Map<String, Object> sem = aFieldEmissionSem();
        rejected(provider, with(sem, "name", null), "details.name");
        rejected(provider, with(sem, "bookingMode", "HOURLY"), "details.bookingMode");
        rejected(
                provider,
                with(sem, "prices", Map.of("academic", money("-1.00"), "enterprise", money("600.00"))),
                "prices.academic");
        rejected(provider, with(with(sem, "minDurationMinutes", 120), "maxDurationMinutes", 60), "maxDurationMinutes");
        rejected(
                provider,
                with(
                        sem,
                        "openingHours",
                        List.of(
                                Map.of("day", "MONDAY", "from", "08:00", "to", "12:00"),
                                Map.of("day", "MONDAY", "from", "11:00", "to", "15:00"))),
                "openingHours[1]");
        rejected(
                provider,
                with(sem, "openingHours", List.of(Map.of("day", "MONDAY", "from", "17:00", "to", "08:00"))),
                "openingHours[0]");
        rejected(
                provider,
                with(sem, "openingHours", List.of(Map.of("day", "SOMEDAY", "from", "08:00", "to", "12:00"))),
                "details.openingHours[0].day");
        rejected(provider, with(sem, "category", "astrology"), "category");
        rejected(provider, with(sem, "category", "product-development"), "category"); // services only
        rejected(provider, with(sem, "voucherEligible", true), "details.voucherEligible"); // the bureau's to say
    }

    private static void rejected(String provider, Map<String, Object> details, String field) {
        asShanghaiCentreStaff()
                .body(listing(provider, details))
                .post("/api/v1/instruments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
