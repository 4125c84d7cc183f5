package io.deltashare.membership.partner;

import static io.deltashare.membership.People.as;
import static io.deltashare.membership.People.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * Partner onboarding through the API against real Keycloak: an organization registers a partner, the admin approves it
 * (its client appears in Keycloak), its organization takes and rotates the secret, and firms grant and revoke, which
 * the partner's next token follows.
 */
@QuarkusTest
class PartnerApiTest {

    private static final String PATH = "/api/v1/partners";
    private static final String SH_ANALYSIS_CENTRE = "provider.sh-analysis-centre";
    private static final String ZJ_MATERIALS = "0a1f0c5e-5d4b-4b8e-9f00-000000000103";
    private static final String JS_BIOMED = "0a1f0c5e-5d4b-4b8e-9f00-000000000102";
    private static final String AH_QUANTUM = "0a1f0c5e-5d4b-4b8e-9f00-000000000104";

    @Test
    void aRegisteredPartnerIsApprovedTakesItsSecretAndActsForTheFirmsThatGrantItRights() throws Exception {
        String id = registered(false);

        as("firm.zj-materials").post(PATH + "/" + id + "/approval").then().statusCode(404); // not approved: unseen
        as(SH_ANALYSIS_CENTRE).post(PATH + "/" + id + "/approval").then().statusCode(403);
        as(SH_ANALYSIS_CENTRE).post(PATH + "/" + id + "/secret").then().statusCode(409); // not approved yet
        String clientId = as("admin.platform")
                .post(PATH + "/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("clientId", equalTo("partner-" + id))
                .extract()
                .path("clientId");
        as("admin.platform").post(PATH + "/" + id + "/approval").then().statusCode(409); // decided once
        as("firm.zj-materials").get(PATH + "?status=APPROVED&limit=100").then().body("items.id", hasItem(id));

        as("admin.platform").post(PATH + "/" + id + "/secret").then().statusCode(403); // the organization's only
        String first = secret(id);
        assertThat(tokenClaims(clientId, first)
                        .path("realm_access")
                        .path("roles")
                        .toString())
                .contains("\"partner\"");
        assertThat(tokenClaims(clientId, first).path("partner_firms").isMissingNode())
                .isTrue();
        String second = secret(id);
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> Keycloak.shared().tokens().forClient(clientId, first))
                .hasMessageContaining("401");

        as("firm.zj-materials")
                .body(Map.of("scopes", List.of("BOOK", "STATEMENTS")))
                .put(PATH + "/" + id + "/grants/" + ZJ_MATERIALS)
                .then()
                .statusCode(200)
                .body("firmOrganizationId", equalTo(ZJ_MATERIALS))
                .body("region", equalTo("CN-ZJ"))
                .body("scopes", equalTo(List.of("BOOK", "STATEMENTS")));
        as("firm.zj-materials") // another firm's consent is not theirs to give
                .body(Map.of("scopes", List.of("BOOK")))
                .put(PATH + "/" + id + "/grants/" + JS_BIOMED)
                .then()
                .statusCode(403);
        assertThat(grants(clientId, second)).containsOnlyKeys(ZJ_MATERIALS);
        assertThat(grants(clientId, second).get(ZJ_MATERIALS)).isEqualTo(List.of("book", "statements"));

        // two firms grant at once: both are in the next token (the partner's lock orders the writes to Keycloak)
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> granting = new ArrayList<>();
        for (String[] firm : new String[][] {{"firm.js-biomed", JS_BIOMED}, {"firm.ah-quantum", AH_QUANTUM}}) {
            granting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return as(firm[0])
                        .body(Map.of("scopes", List.of("VOUCHERS")))
                        .put(PATH + "/" + id + "/grants/" + firm[1])
                        .statusCode();
            }));
        }
        assertThat(granting.stream().map(CompletableFuture::join)).containsExactly(200, 200);
        assertThat(grants(clientId, second)).containsOnlyKeys(ZJ_MATERIALS, JS_BIOMED, AH_QUANTUM);

        as(SH_ANALYSIS_CENTRE)
                .get(PATH + "/" + id + "/grants?limit=2")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("next", containsString("cursor="));
        as("firm.js-biomed") // a firm sees its own grant only
                .get(PATH + "/" + id + "/grants")
                .then()
                .statusCode(200)
                .body("items.firmOrganizationId", equalTo(List.of(JS_BIOMED)));

        as("firm.zj-materials")
                .delete(PATH + "/" + id + "/grants/" + ZJ_MATERIALS)
                .then()
                .statusCode(204);
        as("firm.zj-materials")
                .delete(PATH + "/" + id + "/grants/" + ZJ_MATERIALS)
                .then()
                .statusCode(404);
        assertThat(grants(clientId, second)).containsOnlyKeys(JS_BIOMED, AH_QUANTUM);

        as(SH_ANALYSIS_CENTRE)
                .body(Map.of("reason", "the portal is shut down"))
                .post(PATH + "/" + id + "/revocation")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        assertThatThrownBy(() -> Keycloak.shared().tokens().forClient(clientId, second))
                .hasMessageContaining("no token");
        as("firm.js-biomed").get(PATH + "/" + id + "/grants").then().statusCode(404); // revoked: no longer listed
        as("firm.ah-quantum")
                .body(Map.of("scopes", List.of("BOOK")))
                .put(PATH + "/" + id + "/grants/" + AH_QUANTUM)
                .then()
                .statusCode(404);
    }

    @Test
    void aSandboxPartnersTokensSaySoAndARejectedOneGetsNoClient() throws Exception {
        String sandbox = registered(true);
        as("admin.platform").post(PATH + "/" + sandbox + "/approval").then().statusCode(200);
        assertThat(tokenClaims("partner-" + sandbox, secret(sandbox))
                        .path("sandbox")
                        .asBoolean())
                .isTrue();

        String rejected = registered(false);
        as("admin.platform")
                .body(Map.of())
                .post(PATH + "/" + rejected + "/rejection")
                .then()
                .statusCode(400);
        as("admin.platform")
                .body(Map.of("reason", "the portal's operator could not be verified"))
                .post(PATH + "/" + rejected + "/rejection")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("clientId", equalTo(null));
        as(SH_ANALYSIS_CENTRE).post(PATH + "/" + rejected + "/secret").then().statusCode(409);
        as("firm.zj-materials").get(PATH + "?limit=100").then().body("items.id", not(hasItem(rejected)));
        as(SH_ANALYSIS_CENTRE).get(PATH + "/" + rejected).then().statusCode(200);
    }

    @Test
    void badRegistrationsAndGrantsAreRefusedNamingTheField() {
        Map<String, Object> registration = registration(false);
        registration.put("organizationId", ZJ_MATERIALS); // not the caller's organization
        as(SH_ANALYSIS_CENTRE).body(registration).post(PATH).then().statusCode(403);
        Map<String, Object> nameless = registration(false);
        nameless.put("name", Map.of("zh", "门户", "en", " "));
        as(SH_ANALYSIS_CENTRE)
                .body(nameless)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("detail", containsString("name.en"));
        Map<String, Object> wordy = registration(false);
        wordy.put("description", "x".repeat(1001));
        as(SH_ANALYSIS_CENTRE)
                .body(wordy)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("detail", containsString("description"));

        Map<String, Object> selfApproved = registration(false);
        selfApproved.put("status", "APPROVED"); // a field no caller sets
        as(SH_ANALYSIS_CENTRE)
                .body(selfApproved)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("detail", containsString("status"));

        String id = registered(false);
        as("admin.platform").post(PATH + "/" + id + "/approval").then().statusCode(200);
        as("firm.zj-materials")
                .body(Map.of("scopes", List.of()))
                .put(PATH + "/" + id + "/grants/" + ZJ_MATERIALS)
                .then()
                .statusCode(400)
                .body("detail", containsString("scopes"));
        as("firm.zj-materials")
                .body(Map.of("scopes", List.of("FLY")))
                .put(PATH + "/" + id + "/grants/" + ZJ_MATERIALS)
                .then()
                .statusCode(400);
        as("firm.zj-materials")
                .get(PATH + "?status=LIVE")
                .then()
                .statusCode(400)
                .body("detail", containsString("status"));
        as("firm.zj-materials").get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static String registered(boolean sandbox) {
        return as(SH_ANALYSIS_CENTRE)
                .body(registration(sandbox))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("sandbox", equalTo(sandbox))
                .extract()
                .path("id");
    }

    private static Map<String, Object> registration(boolean sandbox) {
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put(
                "organizationId",
                claims(SH_ANALYSIS_CENTRE)
                        .path("organization")
                        .elements()
                        .next()
                        .path("id")
                        .asText());
        registration.put("name", Map.of("zh", "上海仪器共享门户", "en", "Shanghai Instrument Portal " + UUID.randomUUID()));
        registration.put("description", "Books instrument time for the firms of our incubator");
        registration.put("sandbox", sandbox);
        return registration;
    }

    private static String secret(String id) {
        return as(SH_ANALYSIS_CENTRE)
                .post(PATH + "/" + id + "/secret")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("tokenUrl", containsString("/protocol/openid-connect/token"))
                .extract()
                .path("clientSecret");
    }

    private static JsonNode tokenClaims(String clientId, String secret) throws Exception {
        String token = Keycloak.shared().tokens().forClient(clientId, secret);
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    /** The partner's next token's grants: firm id to scopes. */
    private static Map<String, List<String>> grants(String clientId, String secret) throws Exception {
        Map<String, List<String>> grants = new LinkedHashMap<>();
        for (JsonNode grant : tokenClaims(clientId, secret).path("partner_firms")) {
            List<String> scopes = new ArrayList<>();
            grant.path("scopes").forEach(scope -> scopes.add(scope.asText()));
            grants.put(grant.path("firm").asText(), scopes);
        }
        return grants;
    }
}
