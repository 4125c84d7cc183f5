package io.deltashare.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm as Kubernetes and compose import it: what the file says, and what a real Keycloak that imported
 * it (as a realm of its own, beside the demo realm) then refuses.
 */
class ProductionRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String WEB_URL = "https://deltashare.example.cn";
    private static final String STRONG_PASSWORD = "Correct-Horse-42-battery";

    private static ObjectNode realm;
    private static KeycloakServer server;
    private static KeycloakAdmin admin;
    private static String realmName;

    @BeforeAll
    static void importTheProductionRealm() {
        realm = RealmFiles.productionWith(Map.of(
                "DELTASHARE_WEB_URL",
                WEB_URL,
                "DELTASHARE_GATEWAY_CLIENT_SECRET",
                UUID.randomUUID().toString(),
                "DELTASHARE_MEMBERSHIP_CLIENT_SECRET",
                UUID.randomUUID().toString(),
                "DELTASHARE_NOTIFICATION_CLIENT_SECRET",
                UUID.randomUUID().toString()));
        server = Keycloak.shared();
        admin = new KeycloakAdmin(server);
        realmName = "production-check-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode copy = realm.deepCopy();
        copy.put("realm", realmName);
        admin.create("", copy);
    }

    @Test
    void theFileHoldsNoUserNoSecretAndNoPasswordGrant() throws Exception {
        JsonNode file = JSON.readTree(RealmFiles.production().toFile());
        for (JsonNode user : file.path("users")) {
            assertThat(user.has("serviceAccountClientId"))
                    .as(
                            "only the service accounts of the platform's clients: %s",
                            user.path("username").asText())
                    .isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        assertThat(realm.has("organizations"))
                .as("organizations join through the API, not the file")
                .isFalse();
        for (JsonNode client : file.path("clients")) {
            assertThat(client.path("secret").asText("${DELTASHARE_"))
                    .as(
                            "%s's secret comes from the environment",
                            client.path("clientId").asText())
                    .startsWith("${DELTASHARE_");
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false))
                    .as(client.path("clientId").asText())
                    .isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean(false)).isFalse();
        }
        assertThat(RealmFiles.production()).content().doesNotContain("demo");
    }

    @Test
    void theWebClientNeedsPkceAndExactRedirectsAndGetsNoOfflineTokens() {
        JsonNode web = client("deltashare-web");

        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText())
                .isEqualTo("S256");
        assertThat(web.path("redirectUris").toString())
                .isEqualTo("[\"" + WEB_URL + "/auth/callback\",\"" + WEB_URL + "/dashboard/\"]")
                .doesNotContain("*");
        assertThat(web.path("optionalClientScopes").toString() + web.path("defaultClientScopes"))
                .doesNotContain("offline_access");
        assertThat(realm.path("defaultOptionalClientScopes").toString()).doesNotContain("offline_access");
    }

    @Test
    void theRealmLocksOutGuessersAndStatesItsPasswordPolicyAndTokenLifetimes() {
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)", "notUsername", "passwordHistory");
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
        assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isPositive();
        assertThat(realm.path("ssoSessionMaxLifespan").asInt()).isPositive();
        assertThat(realm.path("revokeRefreshToken").asBoolean()).isTrue();
        // people sign up themselves and then apply to join, with their e-mail verified first (入网 with review)
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
        assertThat(realm.path("verifyEmail").asBoolean()).isTrue();
    }

    @Test
    void keycloakRefusesAWeakPassword() {
        HttpResponse<String> created = admin.post(
                "/" + realmName + "/users",
                Map.of(
                        "username",
                        "weak-" + UUID.randomUUID(),
                        "enabled",
                        true,
                        "credentials",
                        List.of(Map.of("type", "password", "value", "demo", "temporary", false))));

        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(created.body()).containsIgnoringCase("password");
    }

    @Test
    void theWebClientRefusesThePasswordGrant() throws Exception {
        String user = aUserWithAStrongPassword();

        HttpResponse<String> answer = token(Map.of(
                "grant_type",
                "password",
                "client_id",
                "deltashare-web",
                "username",
                user,
                "password",
                STRONG_PASSWORD));

        assertThat(answer.statusCode()).isIn(400, 401);
        assertThat(answer.body()).contains("unauthorized_client");
    }

    @Test
    void aLoginWithoutAPkceChallengeOrToAnotherRedirectIsRefused() throws Exception {
        HttpResponse<String> withoutPkce = authorize(WEB_URL + "/auth/callback", "");
        HttpResponse<String> elsewhere = authorize(
                WEB_URL + "/auth/callback/../evil",
                "&code_challenge_method=S256" + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

        assertThat(withoutPkce.headers().firstValue("Location"))
                .get()
                .asString()
                .startsWith(WEB_URL + "/auth/callback")
                .contains("error=invalid_request")
                .contains("code_challenge");
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("Invalid parameter: redirect_uri");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForTheRightOneToo() throws Exception {
        String user = aUserWithAStrongPassword();
        String guesser = aPasswordGrantClient();
        for (int attempt = 0; attempt < realm.path("failureFactor").asInt(); attempt++) {
            assertThat(token(Map.of(
                                    "grant_type",
                                    "password",
                                    "client_id",
                                    guesser,
                                    "username",
                                    user,
                                    "password",
                                    "Wrong-guess-" + attempt))
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> rightPassword = token(
                Map.of("grant_type", "password", "client_id", guesser, "username", user, "password", STRONG_PASSWORD));
        HttpResponse<String> anotherUser = token(Map.of(
                "grant_type",
                "password",
                "client_id",
                guesser,
                "username",
                aUserWithAStrongPassword(),
                "password",
                STRONG_PASSWORD));

        assertThat(rightPassword.statusCode()).isIn(400, 401);
        assertThat(rightPassword.body()).doesNotContain("access_token");
        assertThat(anotherUser.statusCode())
                .as("only the guessed account is locked")
                .isEqualTo(200);
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static String aUserWithAStrongPassword() {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        admin.create(
                "/" + realmName + "/users",
                Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "email",
                        username + "@example.cn",
                        "emailVerified",
                        true,
                        "firstName",
                        "Test",
                        "lastName",
                        "User",
                        "credentials",
                        List.of(Map.of("type", "password", "value", STRONG_PASSWORD, "temporary", false))));
        return username;
    }

    /** A throw-away public client with the password grant, which the production realm itself has none of. */
    private static String aPasswordGrantClient() {
        String clientId = "guesser-" + UUID.randomUUID().toString().substring(0, 8);
        admin.create(
                "/" + realmName + "/clients",
                Map.of(
                        "clientId",
                        clientId,
                        "publicClient",
                        true,
                        "directAccessGrantsEnabled",
                        true,
                        "standardFlowEnabled",
                        false));
        return clientId;
    }

    private static HttpResponse<String> token(Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(key)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(server.url() + "/realms/" + realmName + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> authorize(String redirectUri, String pkce) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "/realms/" + realmName
                                + "/protocol/openid-connect/auth?client_id=deltashare-web&response_type=code&scope=openid&state=s1"
                                + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + pkce))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
