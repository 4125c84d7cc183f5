package io.deltashare.membership.directory.remote;

import io.deltashare.membership.organization.application.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * {@link Directory} on Keycloak's Admin API ({@link KeycloakAdminClient}; realm-management {@code manage-realm}, which
 * Keycloak requires for organizations, and {@code manage-users}, for memberships and roles).
 */
@ApplicationScoped
public class KeycloakDirectory implements Directory {

    /** The organization attribute that names the application it was created for: how a retry finds it again. */
    static final String APPLICATION = "application";

    private final KeycloakAdminClient keycloak;

    KeycloakDirectory(KeycloakAdminClient keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public UUID organizationOf(NewOrganization organization) {
        return KeycloakAdminClient.call("create organization " + organization.alias(), () -> {
            RealmResource realm = keycloak.realm();
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
                KeycloakAdminClient.expect(answer, 201);
                String location = answer.getLocation().getPath();
                return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
            }
        });
    }

    @Override
    public void admit(UUID organization, String subject, String role) {
        KeycloakAdminClient.call("admit " + subject + " to " + organization, () -> {
            RealmResource realm = keycloak.realm();
            try (Response answer =
                    realm.organizations().get(organization.toString()).members().addMember(subject)) {
                // 201 added; 409 a member already (an earlier attempt got this far)
                KeycloakAdminClient.expect(answer, 201, 409);
            }
            RoleRepresentation realmRole = realm.roles().get(role).toRepresentation();
            realm.users().get(subject).roles().realmLevel().add(List.of(realmRole));
            return null;
        });
    }
}
