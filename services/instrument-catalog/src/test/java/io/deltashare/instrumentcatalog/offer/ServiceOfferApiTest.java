package io.deltashare.instrumentcatalog.offer;

import static io.deltashare.instrumentcatalog.CatalogFixtures.aFieldEmissionSem;
import static io.deltashare.instrumentcatalog.CatalogFixtures.aPumpDevelopmentService;
import static io.deltashare.instrumentcatalog.CatalogFixtures.aTensileTestingPackage;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asHefeiInstituteStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asJiangsuFirm;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asOperator;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asShanghaiCentreStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.hefeiInstitute;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listedAs;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listedInShanghai;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listing;
import static io.deltashare.instrumentcatalog.CatalogFixtures.money;
import static io.deltashare.instrumentcatalog.CatalogFixtures.offeredAs;
import static io.deltashare.instrumentcatalog.CatalogFixtures.shanghaiCentre;
import static io.deltashare.instrumentcatalog.CatalogFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Services besides instrument time, through the API: offered, reviewed, found by anyone, kept to their provider. */
@QuarkusTest
class ServiceOfferApiTest {

    @Test
    void aTestingPackageIsFoundByAnyoneInBothLanguagesOnceApproved() {
        String id = asShanghaiCentreStaff()
                .body(listing(shanghaiCentre(), aTensileTestingPackage()))
                .post("/api/v1/service-offers")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", notNullValue())
                .body("status", equalTo("SUBMITTED"))
                .body("kind", equalTo("TESTING"))
                .body("enterprisePrice.amount", equalTo("260.00"))
                .body("standard", equalTo("GB/T 228.1-2021"))
                .extract()
                .path("id");
        given().get("/api/v1/service-offers/" + id).then().statusCode(404);
        given().get("/api/v1/service-offers?q=拉伸").then().statusCode(200).body("items.id", not(hasItem(id)));
        asOperator()
                .get("/api/v1/service-offers/review-queue?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        asOperator()
                .post("/api/v1/service-offers/" + id + "/listing-approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));

        given().get("/api/v1/service-offers/" + id).then().statusCode(200).body("turnaroundWorkingDays", equalTo(5));
        given().get("/api/v1/service-offers?q=拉伸").then().statusCode(200).body("items.id", hasItem(id));
        given().get("/api/v1/service-offers?q=tensile&region=CN-SH&kind=TESTING")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().get("/api/v1/service-offers?q=GB/T&type=TESTING_PACKAGE")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().get("/api/v1/service-offers?q=tensile&region=CN-AH")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().get("/api/v1/service-offers?kind=DEVELOPMENT&limit=100")
                .then()
                .statusCode(200)
                .body("items.kind", everyItem(equalTo("DEVELOPMENT")));
    }

    @Test
    void aDevelopmentServiceIsPricedByQuotationOnly() {
        String id = offeredAs(asShanghaiCentreStaff(), shanghaiCentre(), aPumpDevelopmentService());
        given().get("/api/v1/service-offers/" + id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("DEVELOPMENT"))
                .body("priceBasis", equalTo("QUOTATION"))
                .body("enterprisePrice", nullValue());

        rejected(
                with(
                        aPumpDevelopmentService(),
                        "prices",
                        Map.of("academic", money("1.00"), "enterprise", money("2.00"))),
                "prices");
        rejected(with(aPumpDevelopmentService(), "priceBasis", "PER_SAMPLE"), "priceBasis");
    }

    @Test
    void everyBadOfferIsA400NamingTheFieldAndChangesNothing() {
        rejected(with(aTensileTestingPackage(), "turnaroundWorkingDays", null), "turnaroundWorkingDays");
        rejected(with(aTensileTestingPackage(), "sampleRequirements", null), "sampleRequirements");
        rejected(with(aTensileTestingPackage(), "prices", null), "prices");
        rejected(with(aTensileTestingPackage(), "category", "no-such-category"), "category");
        rejected(with(aTensileTestingPackage(), "turnaroundWorkingDays", 0), "details.turnaroundWorkingDays");
        rejected(with(aTensileTestingPackage(), "type", "CONSULTANCY"), "details.type");
        Map<String, Object> facility = with(aTensileTestingPackage(), "type", "FACILITY_PACKAGE");
        facility = with(facility, "priceBasis", "PER_SHIFT");
        rejected(facility, "includes");
        rejected(facility, "instrumentIds");
    }

    @Test
    void aFacilityPackageNamesOnlyItsOwnProvidersLiveInstruments() {
        String own = listedInShanghai(aFieldEmissionSem());
        String foreign = listedAs(asHefeiInstituteStaff(), hefeiInstitute(), aFieldEmissionSem(), null);
        Map<String, Object> shift = with(aTensileTestingPackage(), "type", "FACILITY_PACKAGE");
        shift = with(shift, "priceBasis", "PER_SHIFT");
        shift = with(shift, "includes", Map.of("zh", "含技术员支持与数据处理", "en", "Staff support and data processing"));

        rejected(with(shift, "instrumentIds", List.of(own, foreign)), "instrumentIds[1]");
        String id = offeredAs(asShanghaiCentreStaff(), shanghaiCentre(), with(shift, "instrumentIds", List.of(own)));
        given().get("/api/v1/service-offers/" + id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("INSTRUMENT_TIME"))
                .body("instrumentIds", equalTo(List.of(own)));
    }

    @Test
    void aChangeOfALiveOfferWaitsForReviewAndOnlyItsStaffMayMakeIt() {
        String id = offeredAs(asShanghaiCentreStaff(), shanghaiCentre(), aTensileTestingPackage());
        String etag =
                given().get("/api/v1/service-offers/" + id).then().extract().header("ETag");
        Map<String, Object> dearer = with(
                aTensileTestingPackage(), "prices", Map.of("academic", money("200.00"), "enterprise", money("300.00")));

        asHefeiInstituteStaff()
                .header("If-Match", etag)
                .body(dearer)
                .put("/api/v1/service-offers/" + id)
                .then()
                .statusCode(403);
        asJiangsuFirm()
                .body(listing(shanghaiCentre(), aTensileTestingPackage()))
                .post("/api/v1/service-offers")
                .then()
                .statusCode(403);
        asShanghaiCentreStaff()
                .body(dearer)
                .put("/api/v1/service-offers/" + id)
                .then()
                .statusCode(428);
        asShanghaiCentreStaff()
                .header("If-Match", etag)
                .body(dearer)
                .put("/api/v1/service-offers/" + id)
                .then()
                .statusCode(200)
                .body("enterprisePrice.amount", equalTo("260.00"))
                .body("pendingRevision.enterprisePrice.amount", equalTo("300.00"));
        given().get("/api/v1/service-offers/" + id)
                .then()
                .body("enterprisePrice.amount", equalTo("260.00"))
                .body("pendingRevision", nullValue());

        asOperator()
                .post("/api/v1/service-offers/" + id + "/listing-approval")
                .then()
                .statusCode(200)
                .body("enterprisePrice.amount", equalTo("300.00"));
    }

    @Test
    void pausingAndWithdrawalFollowTheStatusRules() {
        String id = offeredAs(asShanghaiCentreStaff(), shanghaiCentre(), aTensileTestingPackage());
        asHefeiInstituteStaff()
                .post("/api/v1/service-offers/" + id + "/pause")
                .then()
                .statusCode(403);
        asShanghaiCentreStaff()
                .post("/api/v1/service-offers/" + id + "/pause")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"));
        asShanghaiCentreStaff()
                .post("/api/v1/service-offers/" + id + "/pause")
                .then()
                .statusCode(409);
        asShanghaiCentreStaff()
                .post("/api/v1/service-offers/" + id + "/withdrawal")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        asShanghaiCentreStaff()
                .post("/api/v1/service-offers/" + id + "/activation")
                .then()
                .statusCode(409);
        given().get("/api/v1/service-offers?q=tensile&limit=100").then().body("items.id", not(hasItem(id)));
        given().get("/api/v1/service-offers/00000000-0000-4000-8000-000000000000")
                .then()
                .statusCode(404);
    }

    private static void rejected(Map<String, Object> details, String field) {
        asShanghaiCentreStaff()
                .body(listing(shanghaiCentre(), details))
                .post("/api/v1/service-offers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(field));
    }
}
