package io.deltashare.testkit.keycloak;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Partner clients made for one test through Keycloak's admin API, as the platform operator makes them: a confidential
 * client with the {@code partner} role whose tokens carry {@code partner_firms}, the firms it acts for. Its links can be
 * changed afterwards, as when a firm leaves a partner portal.
 */
public final class PartnerClients {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINKS_MAPPER = "linked firms";

    private PartnerClients() {}

    /** A new partner client linked to {@code firms} (firm organization id to region); its secret is {@code secret}. */
    public static String create(KeycloakServer server, String secret, Map<UUID, String> firms) {
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
                        false,
                        "protocolMappers",
                        List.of(linksMapper(firms))));
        String id = internalId(admin, server, clientId);
        String serviceAccount = admin.get("/" + server.realm() + "/clients/" + id + "/service-account-user")
                .path("id")
                .asText();
        JsonNode partnerRole = admin.get("/" + server.realm() + "/roles/partner");
        int granted = admin.post(
                        "/" + server.realm() + "/users/" + serviceAccount + "/role-mappings/realm",
                        List.of(partnerRole))
                .statusCode();
        if (granted != 204) {
            throw new IllegalStateException("Keycloak did not give " + clientId + " the partner role: " + granted);
        }
        return clientId;
    }

    /** Links the client to {@code firms} from now on, instead of the firms it had. */
    public static void relink(KeycloakServer server, String clientId, Map<UUID, String> firms) {
        KeycloakAdmin admin = new KeycloakAdmin(server);
        String id = internalId(admin, server, clientId);
        for (JsonNode mapper : admin.get("/" + server.realm() + "/clients/" + id + "/protocol-mappers/models")) {
            if (mapper.path("name").asText().equals(LINKS_MAPPER)) {
                Map<String, Object> changed = new LinkedHashMap<>(linksMapper(firms));
                changed.put("id", mapper.path("id").asText());
                admin.put(
                        "/" + server.realm() + "/clients/" + id + "/protocol-mappers/models/"
                                + mapper.path("id").asText(),
                        changed);
                return;
            }
        }
        throw new IllegalStateException(clientId + " has no links mapper");
    }

    private static String internalId(KeycloakAdmin admin, KeycloakServer server, String clientId) {
        return admin.get("/" + server.realm() + "/clients?clientId=" + clientId)
                .get(0)
                .path("id")
                .asText();
    }

    private static Map<String, Object> linksMapper(Map<UUID, String> firms) {
        Map<String, String> claim = new LinkedHashMap<>();
        firms.forEach((firm, region) -> claim.put(firm.toString(), region));
        try {
            return Map.of(
                    "name",
                    LINKS_MAPPER,
                    "protocol",
                    "openid-connect",
                    "protocolMapper",
                    "oidc-hardcoded-claim-mapper",
                    "config",
                    Map.of(
                            "claim.name",
                            "partner_firms",
                            "claim.value",
                            JSON.writeValueAsString(claim),
                            "jsonType.label",
                            "JSON",
                            "access.token.claim",
                            "true",
                            "id.token.claim",
                            "false",
                            "introspection.token.claim",
                            "true"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
