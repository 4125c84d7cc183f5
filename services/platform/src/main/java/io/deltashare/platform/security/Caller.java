package io.deltashare.platform.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the token says: subject, realm roles, the organizations the caller belongs to (Keycloak
 * organization id to its region), and a bureau officer's region.
 */
public record Caller(String subject, Set<String> roles, Map<UUID, Organization> organizations, Optional<String> region) {

    /** An organization the caller is a member of. */
    public record Organization(UUID id, String alias, Optional<String> region) {
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isMemberOf(UUID organizationId) {
        return organizations.containsKey(organizationId);
    }

    /** The only organization of a caller who belongs to exactly one, as firm and provider staff do. */
    public Optional<Organization> soleOrganization() {
        return organizations.size() == 1 ? Optional.of(organizations.values().iterator().next()) : Optional.empty();
    }
}
