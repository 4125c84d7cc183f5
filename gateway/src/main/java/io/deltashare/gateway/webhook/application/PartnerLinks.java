package io.deltashare.gateway.webhook.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deltashare.contracts.membership.PartnerScope;
import io.deltashare.contracts.webhook.WebhookEvents;
import io.deltashare.platform.security.PartnerGrants;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The firms that granted a partner client rights now, and which, as Keycloak says: the {@code partner_firms} attribute
 * of the client's service-account user, which the membership service writes on every grant and revocation and every
 * token carries (see {@link PartnerGrants}). A webhook is sent, listed and redelivered only when its firm granted the
 * partner the event's scope ({@link WebhookEvents#scopeOf}), so a partner that loses a firm or a scope stops receiving
 * and reading those events within {@code gateway.webhooks.links-fresh-for}, with no call of its own. Read with the
 * gateway's service account ({@code deltashare-gateway}, realm-management {@code view-clients} and {@code view-users}).
 */
@ApplicationScoped
public class PartnerLinks {

    /** Keycloak did not say; the caller retries later rather than guess. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String realmUrl;
    private final String adminRealmUrl;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Cache<String, List<PartnerGrants.Grant>> links;

    PartnerLinks(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl, WebhookConfig config) {
        this.realmUrl = realmUrl;
        this.adminRealmUrl = realmUrl.replace("/realms/", "/admin/realms/");
        this.clientId = config.linksClientId();
        this.clientSecret = config.linksClientSecret();
        this.links = Caffeine.newBuilder()
                .expireAfterWrite(config.linksFreshFor())
                .maximumSize(10_000)
                .build();
    }

    /** Whether {@code firm} has granted {@code partnerClientId} the scope that events of {@code eventType} need. */
    public boolean allows(String partnerClientId, UUID firm, String eventType) {
        Optional<String> scope = WebhookEvents.scopeOf(eventType).map(PartnerScope::claimValue);
        return scope.isPresent()
                && PartnerGrants.firmsWith(of(partnerClientId), scope).containsKey(firm);
    }

    /** The grants {@code partnerClientId} holds now; none for a client that is gone or disabled. */
    public List<PartnerGrants.Grant> of(String partnerClientId) {
        List<PartnerGrants.Grant> known = links.getIfPresent(partnerClientId);
        if (known != null) {
            return known;
        }
        List<PartnerGrants.Grant> read = read(partnerClientId);
        links.put(partnerClientId, read);
        return read;
    }

    private List<PartnerGrants.Grant> read(String partnerClientId) {
        try {
            String token = serviceAccountToken();
            JsonNode clients =
                    adminGet("/clients?clientId=" + URLEncoder.encode(partnerClientId, StandardCharsets.UTF_8), token);
            for (JsonNode client : clients) {
                if (client.path("clientId").asText().equals(partnerClientId)
                        && client.path("enabled").asBoolean()) {
                    JsonNode user = adminGet("/clients/" + client.path("id").asText() + "/service-account-user", token);
                    List<String> values = new ArrayList<>();
                    user.path("attributes").path("partner_firms").forEach(value -> values.add(value.asText()));
                    return List.copyOf(PartnerGrants.parse(values));
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new Unavailable("the grants of " + partnerClientId + " could not be read from Keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while reading the grants of " + partnerClientId, e);
        }
    }

    private JsonNode adminGet(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(adminRealmUrl + path))
                        .timeout(Duration.ofSeconds(5))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("Keycloak answered " + answer.statusCode() + " for " + path);
        }
        return JSON.readTree(answer.body());
    }

    private String serviceAccountToken() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(answer.body());
        if (answer.statusCode() != 200 || !json.hasNonNull("access_token")) {
            throw new IOException("no service-account token for " + clientId + ": " + answer.statusCode());
        }
        return json.get("access_token").asText();
    }

    /** Forgets what is remembered, for tests that change a client's grants. */
    public void forget() {
        links.invalidateAll();
    }
}
