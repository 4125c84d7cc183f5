package io.deltashare.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LocalKeycloakServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFirmUsersTokenNamesItsOrganizationWithIdAndRegionAndTheApiAudience() throws Exception {
        JsonNode claims = claimsOf(Keycloak.shared().tokens().forUser("firm.js-biomed", "demo"));

        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"firm\"");
        assertThat(claims.path("aud").toString()).contains("deltashare-api");
        JsonNode organization = claims.path("organization").path("js-biomed");
        assertThat(organization.path("id").asText()).isEqualTo(DemoRealm.JS_BIOMED.toString());
        assertThat(organization.path("region").get(0).asText()).isEqualTo("CN-JS");
    }

    @Test
    void aBureauOfficersTokenCarriesItsRegion() throws Exception {
        JsonNode claims = claimsOf(Keycloak.shared().tokens().forUser("bureau.zj", "demo"));

        assertThat(claims.path("region").asText()).isEqualTo("CN-ZJ");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"bureau\"");
    }

    @Test
    void aPilotLocalityOfficersTokenCarriesItsRegionAndLocality() throws Exception {
        JsonNode claims = claimsOf(Keycloak.shared().tokens().forUser("bureau.js-wujiang", "demo"));

        assertThat(claims.path("region").asText()).isEqualTo("CN-JS");
        assertThat(claims.path("locality").asText()).isEqualTo(DemoRealm.JS_WUJIANG);
        assertThat(claimsOf(Keycloak.shared().tokens().forUser("bureau.js", "demo"))
                        .has("locality"))
                .isFalse();
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        assertThatThrownBy(() -> Keycloak.shared().tokens().forUser("firm.js-biomed", "wrong"))
                .hasMessageContaining("401");
    }

    private static JsonNode claimsOf(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
