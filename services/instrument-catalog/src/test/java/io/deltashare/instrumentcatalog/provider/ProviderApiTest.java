package io.deltashare.instrumentcatalog.provider;

import static io.deltashare.instrumentcatalog.CatalogFixtures.asHefeiInstituteStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asJiangsuFirm;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asOperator;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asShanghaiCentreStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.providerDetails;
import static io.deltashare.instrumentcatalog.CatalogFixtures.shanghaiCentre;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.deltashare.testkit.keycloak.DemoRealm;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProviderApiTest {

    @Test
    void anOperatorRegistersAProviderForAnOrganization() {
        String organization = UUID.randomUUID().toString();
        asOperator()
                .body(Map.of(
                        "organizationId",
                        organization,
                        "details",
                        providerDetails("Suzhou Institute of Nano-Tech", "CN-JS", "Suzhou")))
                .post("/api/v1/providers")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", notNullValue())
                .body("organizationId", equalTo(organization))
                .body("region", equalTo("CN-JS"))
                .body("accreditations", hasItem("CNAS"));
    }

    @Test
    void anOrganizationHasOneProvider() {
        shanghaiCentre();
        asOperator()
                .body(Map.of(
                        "organizationId",
                        DemoRealm.SH_ANALYSIS_CENTRE.toString(),
                        "details",
                        providerDetails("Again", "CN-SH", "Shanghai")))
                .post("/api/v1/providers")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyOperatorsRegisterProviders() {
        Map<String, Object> body = Map.of(
                "organizationId",
                UUID.randomUUID().toString(),
                "details",
                providerDetails("Nobody", "CN-ZJ", "Ningbo"));
        asJiangsuFirm()
                .body(body)
                .post("/api/v1/providers")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        asShanghaiCentreStaff().body(body).post("/api/v1/providers").then().statusCode(403);
        given().contentType("application/json")
                .body(body)
                .post("/api/v1/providers")
                .then()
                .statusCode(401);
    }

    @Test
    void badProviderInputIsA400NamingTheField() {
        asOperator()
                .body(Map.of(
                        "organizationId",
                        UUID.randomUUID().toString(),
                        "details",
                        providerDetails("Somewhere", "CN-XX", "Nowhere")))
                .post("/api/v1/providers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("details.region"));
        Map<String, Object> missingCity = new java.util.HashMap<>(providerDetails("Somewhere", "CN-ZJ", "x"));
        missingCity.remove("city");
        asOperator()
                .body(Map.of("organizationId", UUID.randomUUID().toString(), "details", missingCity))
                .post("/api/v1/providers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("details.city"));
        asOperator()
                .body(Map.of("details", providerDetails("x", "CN-ZJ", "y")))
                .post("/api/v1/providers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("organizationId"));
    }

    @Test
    void anyoneSignedInReadsProvidersAndUnknownOnesAre404() {
        String id = shanghaiCentre();
        asJiangsuFirm().get("/api/v1/providers/" + id).then().statusCode(200).body("city", equalTo("Shanghai"));
        asJiangsuFirm()
                .get("/api/v1/providers?region=CN-SH&limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        asJiangsuFirm()
                .get("/api/v1/providers?limit=1")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("next", containsString("cursor="));
        asJiangsuFirm()
                .get("/api/v1/providers?limit=101")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        asJiangsuFirm()
                .get("/api/v1/providers?region=Shanghai")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("region"));
        asJiangsuFirm()
                .get("/api/v1/providers/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void ownStaffUpdateTheirProviderWithTheCurrentETagOthersMayNot() {
        String id = shanghaiCentre();
        Response current = asShanghaiCentreStaff().get("/api/v1/providers/" + id);
        String etag = current.header("ETag");
        Map<String, Object> details =
                providerDetails("Shanghai University Analysis & Testing Centre", "CN-SH", "Shanghai");
        details.put("contactPhone", "+86 21 5555 0199");

        asHefeiInstituteStaff()
                .header("If-Match", etag)
                .body(details)
                .put("/api/v1/providers/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        asShanghaiCentreStaff()
                .body(details)
                .put("/api/v1/providers/" + id)
                .then()
                .statusCode(428);
        asShanghaiCentreStaff()
                .header("If-Match", "\"999\"")
                .body(details)
                .put("/api/v1/providers/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        String newEtag = asShanghaiCentreStaff()
                .header("If-Match", etag)
                .body(details)
                .put("/api/v1/providers/" + id)
                .then()
                .statusCode(200)
                .body("contactPhone", equalTo("+86 21 5555 0199"))
                .extract()
                .header("ETag");
        asShanghaiCentreStaff()
                .header("If-Match", etag)
                .body(details)
                .put("/api/v1/providers/" + id)
                .then()
                .statusCode(412);
        asOperator()
                .header("If-Match", newEtag)
                .body(details)
                .put("/api/v1/providers/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void staffCannotMoveTheirProviderToAnotherRegionNorGiveItATypeOrBadgesTheOperatorDoes() {
        String id = shanghaiCentre();
        String etag = asShanghaiCentreStaff().get("/api/v1/providers/" + id).header("ETag");
        Map<String, Object> current = asShanghaiCentreStaff()
                .get("/api/v1/providers/" + id)
                .then()
                .extract()
                .as(Map.class);
        Map<String, Object> moved = providerDetails("Shanghai University Analysis & Testing Centre", "CN-JS", "Suzhou");
        Map<String, Object> facility =
                providerDetails("Shanghai University Analysis & Testing Centre", "CN-SH", "Shanghai");
        facility.put("type", "BIG_SCIENCE_FACILITY");
        facility.put("accreditations", List.of());

        asShanghaiCentreStaff()
                .header("If-Match", etag)
                .body(moved)
                .put("/api/v1/providers/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("region (CN-SH → CN-JS)"));
        asShanghaiCentreStaff()
                .header("If-Match", etag)
                .body(facility)
                .put("/api/v1/providers/" + id)
                .then()
                .statusCode(403)
                .body("detail", containsString("type (UNIVERSITY → BIG_SCIENCE_FACILITY)"))
                .body("detail", containsString("accreditations"));

        asShanghaiCentreStaff()
                .get("/api/v1/providers/" + id)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("region", equalTo(current.get("region")))
                .body("type", equalTo(current.get("type")))
                .body("accreditations", equalTo(current.get("accreditations")));
        String operatorEtag = asOperator()
                .header("If-Match", etag)
                .body(facility)
                .put("/api/v1/providers/" + id)
                .then()
                .statusCode(200)
                .body("type", equalTo("BIG_SCIENCE_FACILITY"))
                .extract()
                .header("ETag");
        asOperator()
                .header("If-Match", operatorEtag)
                .body(providerDetails("Shanghai University Analysis & Testing Centre", "CN-SH", "Shanghai"))
                .put("/api/v1/providers/" + id)
                .then()
                .statusCode(200);
    }
}
