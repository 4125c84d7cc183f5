package io.deltashare.testkit.keycloak;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Partner clients made for one test through Keycloak's admin API, as the membership service makes them for an approved
 * partner: a confidential client with the {@code partner} role whose service-account user carries {@code partner_firms},
 * the firms that granted it rights (every scope), which the realm's {@code deltashare-api} scope copies into its tokens.
 * The grants can be changed afterwards, as when a firm revokes its consent.
 */
public final class PartnerClients {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EVERY_SCOPE = List.of("book", "vouchers", "statements");

    private PartnerClients() {}

    /** A new partner client granted every scope by {@code firms} (firm organization id to region). */
    public static String create(KeycloakServer server, String secret, Map<UUID, String> firms) {
        return create(server, secret, firms, EVERY_SCOPE);
    }

    /**
     * A new partner client granted {@code scopes} (claim values: {@code book}, {@code vouchers}, {@code statements}) by
     * {@code firms} (firm organization id to region); its secret is {@code secret}.
     */
    public static String create(KeycloakServer server, String secret, Map<UUID, String> firms, List<String> scopes) {
        KeycloakAdmin admin = new KeycloakAdmin(server);
        String clientId = "partner-test-" + UUID.randomUUID().toString().substring(0, 8);
        admin.create(
                "/" + server.realm() + "/clients",
                Map.of(
                        "clientId",
                        clientId,
                        "secret",
                        secret,
                        "publicClient",
                        false,
                        "serviceAccountsEnabled",
                        true,
                        "standardFlowEnabled",
                        false,
                        "directAccessGrantsEnabled",
                        false));
        String serviceAccount = serviceAccount(admin, server, clientId);
        JsonNode partnerRole = admin.get("/" + server.realm() + "/roles/partner");
        int granted = admin.post(
                        "/" + server.realm() + "/users/" + serviceAccount + "/role-mappings/realm",
                        List.of(partnerRole))
                .statusCode();
        if (granted != 204) {
            throw new IllegalStateException("Keycloak did not give " + clientId + " the partner role: " + granted);
        }
        regrant(server, clientId, firms, scopes);
        return clientId;
    }

    /**
     * The client's tokens say {@code sandbox: true} from now on, as membership makes a sandbox partner's client: what it
     * books and orders is marked as a test.
     */
    public static void intoTheSandbox(KeycloakServer server, String clientId) {
        KeycloakAdmin admin = new KeycloakAdmin(server);
        String client = admin.get("/" + server.realm() + "/clients?clientId=" + clientId)
                .get(0)
                .path("id")
                .asText();
        int added = admin.post(
                        "/" + server.realm() + "/clients/" + client + "/protocol-mappers/models",
                        Map.of(
                                "name",
                                "sandbox",
                                "protocol",
                                "openid-connect",
                                "protocolMapper",
                                "oidc-hardcoded-claim-mapper",
                                "config",
                                Map.of(
                                        "claim.name", "sandbox",
                                        "claim.value", "true",
                                        "jsonType.label", "boolean",
                                        "access.token.claim", "true",
                                        "introspection.token.claim", "true")))
                .statusCode();
        if (added != 201) {
            throw new IllegalStateException("Keycloak did not put " + clientId + " into the sandbox: " + added);
        }
    }

    /** The client is granted every scope by {@code firms} from now on, instead of the grants it had. */
    public static void relink(KeycloakServer server, String clientId, Map<UUID, String> firms) {
        regrant(server, clientId, firms, EVERY_SCOPE);
    }

    private static void regrant(KeycloakServer server, String clientId, Map<UUID, String> firms, List<String> scopes) {
        KeycloakAdmin admin = new KeycloakAdmin(server);
        String path = "/" + server.realm() + "/users/" + serviceAccount(admin, server, clientId);
        Map<String, Object> user = JSON.convertValue(admin.get(path), new TypeReference<>() {});
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (user.get("attributes") instanceof Map<?, ?> earlier) {
            earlier.forEach((name, values) -> attributes.put(String.valueOf(name), values));
        }
        attributes.put("partner_firms", grants(firms, scopes));
        user.put("attributes", attributes);
        admin.put(path, user);
    }

    private static String serviceAccount(KeycloakAdmin admin, KeycloakServer server, String clientId) {
        String id = admin.get("/" + server.realm() + "/clients?clientId=" + clientId)
                .get(0)
                .path("id")
                .asText();
        return admin.get("/" + server.realm() + "/clients/" + id + "/service-account-user")
                .path("id")
                .asText();
    }

    private static List<String> grants(Map<UUID, String> firms, List<String> scopes) {
        return firms.entrySet().stream()
                .map(firm -> {
                    try {
                        return JSON.writeValueAsString(
                                Map.of("firm", firm.getKey().toString(), "region", firm.getValue(), "scopes", scopes));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
