package io.deltashare.keycloakclient;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * A service's own account on Keycloak's Admin API: the service account of a confidential client, which gets its
 * tokens with the client-credentials grant (and new ones when they expire). What it may do is the realm-management
 * roles the realm gives that account; the secret comes from the service's environment.
 */
public final class ServiceAccount implements AutoCloseable {

    /** Where Keycloak is (its base URL), the realm, and the client whose service account this is. */
    public record Settings(String url, String realm, String clientId, String clientSecret) {}

    private final Keycloak keycloak;
    private final String realm;

    private ServiceAccount(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** The account described by {@code settings}; nothing is asked of Keycloak until the first call. */
    public static ServiceAccount of(Settings settings) {
        Keycloak keycloak = KeycloakBuilder.builder()
                .serverUrl(settings.url())
                .realm(settings.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .build();
        return new ServiceAccount(keycloak, settings.realm());
    }

    /** The realm's Admin API, as this account. */
    public RealmResource realm() {
        return keycloak.realm(realm);
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
