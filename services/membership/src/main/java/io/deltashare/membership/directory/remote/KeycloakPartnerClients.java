package io.deltashare.membership.directory.remote;

import io.deltashare.membership.partner.application.PartnerClients;
import io.deltashare.platform.security.PartnerGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link PartnerClients} on Keycloak's Admin API ({@link KeycloakAdminClient}; realm-management {@code manage-clients}
 * for the clients and their secrets, {@code manage-users} for their service accounts' role and grants). The grants are
 * the {@code partner_firms} attribute of the client's service-account user, declared admin-only in the realm's user
 * profile, which the realm's {@code deltashare-api} scope maps into every token.
 */
@ApplicationScoped
public class KeycloakPartnerClients implements PartnerClients {

    /** The user attribute (and token claim) that carries a partner's grants. */
    static final String GRANTS = "partner_firms";

    private final KeycloakAdminClient keycloak;

    KeycloakPartnerClients(KeycloakAdminClient keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public void create(NewClient client) {
        KeycloakAdminClient.call("create partner client " + client.clientId(), () -> {
            RealmResource realm = keycloak.realm();
            if (realm.clients().findByClientId(client.clientId()).isEmpty()) {
                try (Response answer = realm.clients().create(representation(client))) {
                    // 409: an earlier attempt created it in the meantime
                    KeycloakAdminClient.expect(answer, 201, 409);
                }
            }
            UserRepresentation serviceAccount =
                    clientOf(realm, client.clientId()).getServiceAccountUser();
            RoleRepresentation partner = realm.roles().get("partner").toRepresentation();
            realm.users().get(serviceAccount.getId()).roles().realmLevel().add(List.of(partner));
            return null;
        });
    }

    @Override
    public String newSecret(String clientId) {
        return KeycloakAdminClient.call(
                "issue a secret for " + clientId,
                () -> clientOf(keycloak.realm(), clientId).generateNewSecret().getValue());
    }

    @Override
    public void grants(String clientId, List<PartnerGrants.Grant> grants) {
        KeycloakAdminClient.call("write the grants of " + clientId, () -> {
            RealmResource realm = keycloak.realm();
            String user = clientOf(realm, clientId).getServiceAccountUser().getId();
            UserRepresentation serviceAccount = realm.users().get(user).toRepresentation();
            Map<String, List<String>> attributes = serviceAccount.getAttributes() == null
                    ? new HashMap<>()
                    : new HashMap<>(serviceAccount.getAttributes());
            attributes.put(
                    GRANTS, grants.stream().map(PartnerGrants.Grant::toJson).toList());
            serviceAccount.setAttributes(attributes);
            realm.users().get(user).update(serviceAccount);
            return null;
        });
    }

    @Override
    public void disable(String clientId) {
        KeycloakAdminClient.call("disable " + clientId, () -> {
            ClientResource client = clientOf(keycloak.realm(), clientId);
            ClientRepresentation disabled = client.toRepresentation();
            disabled.setEnabled(false);
            client.update(disabled);
            return null;
        });
    }

    private static ClientResource clientOf(RealmResource realm, String clientId) {
        List<ClientRepresentation> found = realm.clients().findByClientId(clientId);
        if (found.isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException("no client " + clientId);
        }
        return realm.clients().get(found.get(0).getId());
    }

    private static ClientRepresentation representation(NewClient client) {
        ClientRepresentation created = new ClientRepresentation();
        created.setClientId(client.clientId());
        created.setName(client.name());
        created.setDescription(client.description());
        created.setEnabled(true);
        created.setProtocol("openid-connect");
        created.setPublicClient(false);
        created.setClientAuthenticatorType("client-secret");
        created.setServiceAccountsEnabled(true);
        created.setStandardFlowEnabled(false);
        created.setImplicitFlowEnabled(false);
        created.setDirectAccessGrantsEnabled(false);
        created.setFullScopeAllowed(true);
        created.setDefaultClientScopes(List.of("basic", "roles", "deltashare-api"));
        created.setOptionalClientScopes(List.of());
        created.setAttributes(Map.of("access.token.lifespan", "300"));
        if (client.sandbox()) {
            ProtocolMapperRepresentation sandbox = new ProtocolMapperRepresentation();
            sandbox.setName("sandbox");
            sandbox.setProtocol("openid-connect");
            sandbox.setProtocolMapper("oidc-hardcoded-claim-mapper");
            sandbox.setConfig(Map.of(
                    "claim.name", "sandbox",
                    "claim.value", "true",
                    "jsonType.label", "boolean",
                    "access.token.claim", "true",
                    "introspection.token.claim", "true"));
            created.setProtocolMappers(List.of(sandbox));
        }
        return created;
    }
}
