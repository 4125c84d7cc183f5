package io.deltashare.testkit.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real tokens that expire within seconds, for tests of expired-token handling: through Keycloak's admin API it adds a
 * throw-away confidential client whose access tokens live {@code seconds}, carrying the API audience, and gets a
 * token for it. The demo realm itself is not changed for anyone else.
 */
public final class ShortLivedTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ShortLivedTokens() {
    }

    /** A token of a new service-account client, valid for {@code seconds} from now. */
    public static String expiringIn(KeycloakServer server, int seconds) {
        String clientId = "short-lived-" + UUID.randomUUID();
        String secret = UUID.randomUUID().toString();
        Map<String, Object> client = Map.of(
                "clientId", clientId, "secret", secret, "publicClient", false, "serviceAccountsEnabled", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                "attributes", Map.of("access.token.lifespan", String.valueOf(seconds)),
                "protocolMappers", List.of(Map.of("name", "audience deltashare-api", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                "included.client.audience", "deltashare-api", "access.token.claim", "true",
                                "id.token.claim", "false"))));
        try {
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(
                            URI.create(server.url() + "/admin/realms/" + server.realm() + "/clients"))
                    .header("Authorization", "Bearer " + adminToken(server))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Keycloak did not create " + clientId + ": " + created.statusCode()
                        + " " + created.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return server.tokens().forClient(clientId, secret);
    }

    private static String adminToken(KeycloakServer server) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(server.adminUsername(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(server.adminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !json.hasNonNull("access_token")) {
            throw new IllegalStateException("no admin token: " + response.statusCode() + " " + response.body());
        }
        return json.get("access_token").asText();
    }
}
