package io.deltashare.membership.directory.remote;

import io.deltashare.membership.MembershipConfig;
import io.deltashare.membership.organization.application.Directory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * {@link Directory} on Keycloak's Admin API through Keycloak's own admin client, as the service account of the
 * confidential client {@code deltashare-membership} (realm-management {@code manage-realm}, which Keycloak requires
 * for organizations, and {@code manage-users}, for memberships and roles).
 */
@ApplicationScoped
public class KeycloakDirectory implements Directory {

    /** The organization attribute that names the application it was created for: how a retry finds it again. */
    static final String APPLICATION = "application";

    private final Keycloak keycloak;
    private final String realm;

    KeycloakDirectory(MembershipConfig config) {
        MembershipConfig.Keycloak settings = config.keycloak();
        this.realm = settings.realm();
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(settings.url())
                .realm(settings.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .build();
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }

    @Override
    public UUID organizationOf(NewOrganization organization) {
        return call("create organization " + organization.alias(), () -> {
            RealmResource realm = realm();
            List<OrganizationRepresentation> earlier =
                    realm.organizations().searchByAttribute(APPLICATION + ":" + organization.application());
            if (!earlier.isEmpty()) {
                return UUID.fromString(earlier.get(0).getId());
            }
            OrganizationRepresentation created = new OrganizationRepresentation();
            created.setName(organization.name());
            created.setAlias(organization.alias());
            created.setEnabled(true);
            created.setDescription(organization.description());
            created.setAttributes(Map.of(
                    "kind",
                    List.of(organization.kind()),
                    "region",
                    List.of(organization.region().code()),
                    APPLICATION,
                    List.of(organization.application().toString())));
            try (Response answer = realm.organizations().create(created)) {
                if (answer.getStatus() != 201) {
                    throw new WebApplicationException(
                            "Keycloak answered " + answer.getStatus() + ": " + answer.readEntity(String.class),
                            answer.getStatus());
                }
                String location = answer.getLocation().getPath();
                return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
            }
        });
    }

    @Override
    public void admit(UUID organization, String subject, String role) {
        call("admit " + subject + " to " + organization, () -> {
            RealmResource realm = realm();
            try (Response answer =
                    realm.organizations().get(organization.toString()).members().addMember(subject)) {
                // 201 added; 409 a member already (an earlier attempt got this far)
                if (answer.getStatus() != 201 && answer.getStatus() != 409) {
                    throw new WebApplicationException(
                            "Keycloak answered " + answer.getStatus() + ": " + answer.readEntity(String.class),
                            answer.getStatus());
                }
            }
            RoleRepresentation realmRole = realm.roles().get(role).toRepresentation();
            realm.users().get(subject).roles().realmLevel().add(List.of(realmRole));
            return null;
        });
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static <T> T call(String what, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new Unavailable("Keycloak could not " + what + ": " + e.getMessage(), e);
        }
    }
}
