package io.deltashare.testkit.keycloak;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real tokens that expire within seconds, for tests of expired-token handling: through Keycloak's admin API it adds a
 * throw-away confidential client whose access tokens live {@code seconds}, carrying the API audience, and gets a
 * token for it. The demo realm itself is not changed for anyone else.
 */
public final class ShortLivedTokens {

    private ShortLivedTokens() {}

    /** A token of a new service-account client, valid for {@code seconds} from now. */
    public static String expiringIn(KeycloakServer server, int seconds) {
        String clientId = "short-lived-" + UUID.randomUUID();
        String secret = UUID.randomUUID().toString();
        Map<String, Object> client = Map.of(
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
                "attributes",
                Map.of("access.token.lifespan", String.valueOf(seconds)),
                "protocolMappers",
                List.of(Map.of(
                        "name",
                        "audience deltashare-api",
                        "protocol",
                        "openid-connect",
                        "protocolMapper",
                        "oidc-audience-mapper",
                        "config",
                        Map.of(
                                "included.client.audience",
                                "deltashare-api",
                                "access.token.claim",
                                "true",
                                "id.token.claim",
                                "false"))));
        new KeycloakAdmin(server).create("/" + server.realm() + "/clients", client);
        return server.tokens().forClient(clientId, secret);
    }
}
