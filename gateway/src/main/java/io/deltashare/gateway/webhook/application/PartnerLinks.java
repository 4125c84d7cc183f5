package io.deltashare.gateway.webhook.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The firms a partner client is linked to now, as Keycloak says: the {@code partner_firms} claim its client's mapper
 * puts into every token. Webhooks are sent, listed and redelivered only for these, so a partner that loses a firm stops
 * receiving and reading its events within {@code gateway.webhooks.links-fresh-for}, with no call of its own. Read with
 * the gateway's service account ({@code deltashare-gateway}, realm-management {@code view-clients}).
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
    private final Cache<String, Set<UUID>> links;

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

    /** The firm organizations {@code partnerClientId} may act for now; none for a client that is gone. */
    public Set<UUID> of(String partnerClientId) {
        Set<UUID> known = links.getIfPresent(partnerClientId);
        if (known != null) {
            return known;
        }
        Set<UUID> read = read(partnerClientId);
        links.put(partnerClientId, read);
        return read;
    }

    private Set<UUID> read(String partnerClientId) {
        try {
            String token = serviceAccountToken();
            HttpResponse<String> found = http.send(
                    HttpRequest.newBuilder(URI.create(adminRealmUrl + "/clients?clientId="
                                    + URLEncoder.encode(partnerClientId, StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(5))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (found.statusCode() != 200) {
                throw new IOException("Keycloak answered " + found.statusCode() + " for client " + partnerClientId);
            }
            Set<UUID> firms = new HashSet<>();
            for (JsonNode client : JSON.readTree(found.body())) {
                if (!client.path("clientId").asText().equals(partnerClientId)
                        || !client.path("enabled").asBoolean()) {
                    continue;
                }
                for (JsonNode mapper : client.path("protocolMappers")) {
                    JsonNode config = mapper.path("config");
                    if (config.path("claim.name").asText().equals("partner_firms")) {
                        firms.addAll(firmIds(config.path("claim.value").asText("{}")));
                    }
                }
            }
            return Set.copyOf(firms);
        } catch (IOException e) {
            throw new Unavailable("the links of " + partnerClientId + " could not be read from Keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while reading the links of " + partnerClientId, e);
        }
    }

    private static Set<UUID> firmIds(String claimValue) throws IOException {
        Set<UUID> firms = new HashSet<>();
        for (Iterator<String> ids = JSON.readTree(claimValue).fieldNames(); ids.hasNext(); ) {
            try {
                firms.add(UUID.fromString(ids.next()));
            } catch (IllegalArgumentException notAFirmId) {
                // a mistyped link gives no rights
            }
        }
        return firms;
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

    /** Forgets what is remembered, for tests that change a client's links. */
    public void forget() {
        links.invalidateAll();
    }
}
