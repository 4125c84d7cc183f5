package io.deltashare.platform.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the token says: subject, realm roles, the organizations the caller belongs to (Keycloak
 * organization id to its region), a bureau officer's region, and for a partner client the firms linked to it
 * (the {@code partner_firms} claim, firm organization id to region).
 */
public record Caller(String subject, Set<String> roles, Map<UUID, Organization> organizations, Optional<String> region,
                     Map<UUID, Organization> linkedFirms) {

    public Caller(String subject, Set<String> roles, Map<UUID, Organization> organizations, Optional<String> region) {
        this(subject, roles, organizations, region, Map.of());
    }

    /** An organization the caller is a member of. */
    public record Organization(UUID id, String alias, Optional<String> region) {
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isMemberOf(UUID organizationId) {
        return organizations.containsKey(organizationId);
    }

    /** Whether the caller may act for {@code firm}: its own staff, or a partner client the firm is linked to. */
    public boolean actsFor(UUID firm) {
        return hasRole("firm") && isMemberOf(firm) || hasRole("partner") && linkedFirms.containsKey(firm);
    }

    /**
     * The firm a request is made for: a firm's staff act for their own (sole) organization, and may name it; a
     * partner client must name one of its linked firms. Empty when the caller may not act for the named firm, or
     * none can be told.
     */
    public Optional<Organization> firmActedFor(UUID named) {
        if (hasRole("firm")) {
            return soleOrganization().filter(own -> named == null || own.id().equals(named));
        }
        if (hasRole("partner") && named != null) {
            return Optional.ofNullable(linkedFirms.get(named));
        }
        return Optional.empty();
    }

    /** The firms whose bookings, applications and vouchers the caller may see as a firm or a partner. */
    public Set<UUID> firmsActedFor() {
        if (hasRole("partner")) {
            return linkedFirms.keySet();
        }
        return hasRole("firm") ? organizations.keySet() : Set.of();
    }

    /** The only organization of a caller who belongs to exactly one, as firm and provider staff do. */
    public Optional<Organization> soleOrganization() {
        return organizations.size() == 1 ? Optional.of(organizations.values().iterator().next()) : Optional.empty();
    }
}
