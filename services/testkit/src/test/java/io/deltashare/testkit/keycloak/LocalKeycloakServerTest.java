package io.deltashare.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deltashare.testkit.process.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aFileStoreKeepsWhoSignedUpAcrossARestartAndIsMadeAgainWhenTheRealmFileChanges(@TempDir Path changedRealmDir)
            throws Exception {
        Path home = Files.createTempDirectory("deltashare-keycloak-store-");
        Path realm = RealmFiles.deltashare();
        int port = FreePorts.next();
        Map<String, Object> signedUp = Map.of(
                "username",
                "person.signed-up",
                "enabled",
                true,
                "email",
                "person.signed-up@example.org",
                "emailVerified",
                true,
                "firstName",
                "Signed",
                "lastName",
                "Up",
                "credentials",
                List.of(Map.of("type", "password", "value", "kept-across-restarts", "temporary", false)));
        try {
            try (LocalKeycloakServer first =
                    LocalKeycloakServer.start(realm, home, port, LocalKeycloakServer.Store.FILE)) {
                new KeycloakAdmin(first).create("/deltashare/users", signedUp);
            }
            try (LocalKeycloakServer again =
                    LocalKeycloakServer.start(realm, home, port, LocalKeycloakServer.Store.FILE)) {
                assertThat(new Tokens(again.realmUrl()).forUser("person.signed-up", "kept-across-restarts"))
                        .as("the person who signed up before the restart still logs in")
                        .isNotBlank();
            }
            ObjectNode changed = (ObjectNode) JSON.readTree(realm.toFile());
            changed.put("displayName", "DeltaShare (a changed demo realm)");
            Path changedRealm = changedRealmDir.resolve("deltashare-realm.json");
            JSON.writeValue(changedRealm.toFile(), changed);
            try (LocalKeycloakServer remade =
                    LocalKeycloakServer.start(changedRealm, home, port, LocalKeycloakServer.Store.FILE)) {
                KeycloakAdmin admin = new KeycloakAdmin(remade);
                assertThat(admin.get("/deltashare").path("displayName").asText())
                        .isEqualTo("DeltaShare (a changed demo realm)");
                assertThat(admin.get("/deltashare/users?exact=true&username=person.signed-up"))
                        .as("the store was made again from the changed realm file")
                        .isEmpty();
            }
        } finally {
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private static JsonNode claimsOf(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
