package io.deltashare.membership.joining;

import static io.deltashare.membership.People.as;
import static io.deltashare.membership.People.claims;
import static io.deltashare.membership.People.signedUp;
import static io.deltashare.membership.joining.Applications.aShanghaiUniversityCentre;
import static io.deltashare.membership.joining.Applications.aZhejiangFirm;
import static io.deltashare.membership.joining.Applications.asStaffOf;
import static io.deltashare.membership.joining.Applications.with;
import static io.deltashare.membership.joining.Applications.without;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.testkit.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Joining with review, through the API against real Keycloak: the person applies, the right reviewer decides, the
 * organization and membership appear in Keycloak (and so in the person's next token), and the other services hear of
 * it.
 */
@QuarkusTest
class JoiningApiTest {

    private static final String PATH = "/api/v1/joining-applications";

    @Test
    void aZhejiangFirmIsRejectedCorrectedAndAdmittedByItsBureauAndItsNextTokenCarriesIt() throws Exception {
        String person = signedUp();
        assertThat(claims(person).path("organization").isMissingNode()).isTrue();
        Map<String, Object> firm = aZhejiangFirm();
        String id = apply(person, firm).extract().path("id");

        as("bureau.js").post(PATH + "/" + id + "/approval").then().statusCode(404); // another province's: not seen
        as("admin.platform").post(PATH + "/" + id + "/approval").then().statusCode(403); // a bureau's to review
        as("bureau.zj")
                .get(PATH + "?status=SUBMITTED&kind=FIRM")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        as("bureau.js").get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));

        as("bureau.zj")
                .body(Map.of("reason", "the SME registration year does not match the registry"))
                .post(PATH + "/" + id + "/rejection")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("reason", equalTo("the SME registration year does not match the registry"));
        as(person).body(firm).put(PATH + "/" + id).then().statusCode(428);
        as(person)
                .header("If-Match", "\"1\"")
                .body(with(
                        firm,
                        "firm",
                        Map.of(
                                "creditCode",
                                ((Map<?, ?>) firm.get("firm")).get("creditCode"),
                                "sme",
                                Map.of("number", "2023330106000777", "year", 2023))))
                .put(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("profile.firm.sme.year", equalTo(2023))
                .body("version", equalTo(2));

        String organization = as("bureau.zj")
                .post(PATH + "/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .extract()
                .path("organizationId");

        JsonNode token = claims(person);
        assertThat(token.path("realm_access").path("roles").toString()).contains("\"firm\"");
        JsonNode member = token.path("organization").elements().next();
        assertThat(member.path("id").asText()).isEqualTo(organization);
        assertThat(member.path("kind").toString()).contains("firm");
        assertThat(member.path("region").toString()).contains("CN-ZJ");

        OrganizationAdmitted admitted = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.ORGANIZATIONS,
                                        organization,
                                        "io.deltashare.membership.OrganizationAdmitted.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        OrganizationAdmitted.class);
        assertThat(admitted.organization().kind()).isEqualTo("firm");
        assertThat(admitted.organization().region().code()).isEqualTo("CN-ZJ");
        assertThat(admitted.organization().smeYear()).isEqualTo(2023);

        as("bureau.zj").post(PATH + "/" + id + "/approval").then().statusCode(409); // decided once
    }

    @Test
    void theAdminAdmitsAProviderAndTheFoundersAdmitTheirStaff() {
        String founder = signedUp();
        String id = apply(founder, aShanghaiUniversityCentre()).extract().path("id");
        as("bureau.sh").post(PATH + "/" + id + "/approval").then().statusCode(404);
        String organization = as("admin.platform")
                .post(PATH + "/" + id + "/approval")
                .then()
                .statusCode(200)
                .extract()
                .path("organizationId");
        assertThat(claims(founder).path("realm_access").path("roles").toString())
                .contains("\"provider\"");

        String colleague = signedUp();
        String staff = apply(colleague, asStaffOf(organization)).extract().path("id");
        as("firm.zj-materials").post(PATH + "/" + staff + "/approval").then().statusCode(404);
        as(founder).get(PATH + "?kind=STAFF").then().statusCode(200).body("items.id", hasItem(staff));
        as(founder)
                .post(PATH + "/" + staff + "/approval")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(organization));

        JsonNode token = claims(colleague);
        assertThat(token.path("realm_access").path("roles").toString()).contains("\"provider\"");
        assertThat(token.path("organization").elements().next().path("id").asText())
                .isEqualTo(organization);
    }

    @Test
    void nobodyReviewsTheirOwnApplication() {
        String id = apply("bureau.zj", aZhejiangFirm()).extract().path("id");
        as("bureau.zj")
                .post(PATH + "/" + id + "/approval")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("nobody reviews their own application"));
        as("bureau.zj")
                .body(Map.of("reason", "mine"))
                .post(PATH + "/" + id + "/rejection")
                .then()
                .statusCode(403);
    }

    @Test
    void badApplicationsAreRefusedNamingTheFieldAndChangeNothing() {
        String person = signedUp();
        Map<String, Object> firm = aZhejiangFirm();
        String code = (String) ((Map<?, ?>) firm.get("firm")).get("creditCode");
        String mistyped = code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");
        refused(person, with(firm, "firm", Map.of("creditCode", mistyped)), 400, "firm.creditCode");
        refused(person, with(firm, "region", "CN-XX"), 400, "region");
        refused(person, without(firm, "name"), 400, "name");
        refused(person, without(firm, "city"), 400, "city");
        refused(person, without(firm, "firm"), 400, "firm");
        refused(person, with(firm, "provider", Map.of("type", "UNIVERSITY")), 400, "provider");
        refused(
                person,
                with(firm, "firm", Map.of("creditCode", code, "sme", Map.of("number", "x", "year", 1999))),
                400,
                "firm.sme.number");
        refused(person, with(aShanghaiUniversityCentre(), "provider", Map.of("type", "CASTLE")), 400, "provider.type");
        refused(person, asStaffOf("7f000000-0000-4000-8000-000000000001"), 400, "staff.organizationId");
        as(person).get(PATH).then().statusCode(200).body("items", equalTo(List.of()));

        apply(person, firm);
        String other = signedUp();
        refused(other, firm, 409, "firm.creditCode"); // the same firm applies twice
        refused(person, aShanghaiUniversityCentre(), 409, null); // one application in review at a time
        given().contentType("application/json").body(firm).post(PATH).then().statusCode(401);
    }

    @Test
    void aFirmFromGuangdongJoinsWithoutACreditCodeCheckByABureauItIsReviewedByTheAdmin() {
        String person = signedUp();
        Map<String, Object> firm = with(with(aZhejiangFirm(), "region", "CN-GD"), "city", "Shenzhen");
        String id = apply(person, firm).extract().path("id");
        as("bureau.zj").post(PATH + "/" + id + "/approval").then().statusCode(404);
        as("admin.platform").post(PATH + "/" + id + "/approval").then().statusCode(200);
        JsonNode member = claims(person).path("organization").elements().next();
        assertThat(member.path("region").toString()).contains("CN-GD");

        String abroad = signedUp();
        Map<String, Object> german = with(without(aZhejiangFirm(), "firm"), "firm", Map.of());
        apply(abroad, with(with(german, "region", "DE"), "city", "München"));
    }

    private static ValidatableResponse apply(String person, Map<String, Object> body) {
        return as(person).body(body).post(PATH).then().statusCode(201).body("status", equalTo("SUBMITTED"));
    }

    private static void refused(String person, Map<String, Object> body, int status, String field) {
        ValidatableResponse answer =
                as(person).body(body).post(PATH).then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            answer.body("errors.field", hasItem(field));
        }
    }
}
