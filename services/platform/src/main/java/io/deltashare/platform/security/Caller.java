package io.deltashare.platform.security;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the token says: subject, realm roles, the organizations the caller belongs to (Keycloak
 * organization id to its region), a bureau officer's region, and for the officer of a pilot locality's bureau (a city
 * or district under the province) that locality's administrative division code; for a partner client the firms
 * that granted it this service's scope (the {@code partner_firms} claim read by {@link PartnerGrants}, firm
 * organization id to region), and whether that partner is in sandbox mode (the {@code sandbox} claim): what it books
 * and orders is marked so, paid by no voucher and counted in no ledger, statement, claim or indicator.
 */
public record Caller(
        String subject,
        Set<String> roles,
        Map<UUID, Organization> organizations,
        Optional<String> region,
        Optional<String> locality,
        Map<UUID, Organization> linkedFirms,
        boolean sandbox) {

    public Caller(String subject, Set<String> roles, Map<UUID, Organization> organizations, Optional<String> region) {
        this(subject, roles, organizations, region, Optional.empty(), Map.of(), false);
    }

    /** An organization the caller is a member of. */
    public record Organization(UUID id, String alias, Optional<String> region) {}

    /** Someone who sent no token: they may read what is public (the catalog, open voucher programs), nothing else. */
    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public boolean isFirm() {
        return hasRole(Roles.FIRM);
    }

    /** A researcher of a university or institute: books at the academic price, holds no vouchers. */
    public boolean isResearcher() {
        return hasRole(Roles.RESEARCHER);
    }

    /**
     * Someone who books and pays for instrument time and tests: a firm's staff or a researcher. Bookings, statements and
     * the {@code firm} fields of the booking events name the customer's organization, whichever of the two it is.
     */
    public boolean isCustomer() {
        return isFirm() || isResearcher();
    }

    public boolean isProvider() {
        return hasRole(Roles.PROVIDER);
    }

    public boolean isBureau() {
        return hasRole(Roles.BUREAU);
    }

    public boolean isFinance() {
        return hasRole(Roles.FINANCE);
    }

    public boolean isPartner() {
        return hasRole(Roles.PARTNER);
    }

    /** Staff of the provider organization {@code organizationId}. */
    public boolean isStaffOfProvider(UUID organizationId) {
        return isProvider() && isMemberOf(organizationId);
    }

    /**
     * An officer of the province's own bureau of {@code region} (an ISO 3166-2 code such as {@code CN-JS}); not of a
     * pilot locality's bureau under it, which acts only where {@link #isIssuer} or {@link #isBureauIn} lets it.
     */
    public boolean isBureauOf(String region) {
        return isBureauIn(region) && locality.isEmpty();
    }

    /** An officer of any bureau in {@code region}: the province's, or a pilot locality's under it. */
    public boolean isBureauIn(String region) {
        return isBureau() && this.region.filter(region::equals).isPresent();
    }

    /**
     * An officer of the bureau that issues as {@code region} and {@code locality}: the province's own bureau when
     * {@code locality} is null, else the bureau of that pilot locality.
     */
    public boolean isIssuer(String region, String locality) {
        return isBureauIn(region) && Objects.equals(this.locality.orElse(null), locality);
    }

    public boolean isMemberOf(UUID organizationId) {
        return organizations.containsKey(organizationId);
    }

    /**
     * Whether the caller may act for the customer organization {@code firm}: its own staff (a firm's, or a research
     * group's researchers), or a partner client the firm is linked to.
     */
    public boolean actsFor(UUID firm) {
        return isCustomer() && isMemberOf(firm) || isPartner() && linkedFirms.containsKey(firm);
    }

    /**
     * The firm a request is made for: a firm's staff act for their own (sole) organization, and may name it; a
     * partner client must name one of its linked firms. Empty when the caller may not act for the named firm, or
     * none can be told.
     */
    public Optional<Organization> firmActedFor(UUID named) {
        if (isFirm()) {
            return ownOrganization(named);
        }
        if (isPartner() && named != null) {
            return Optional.ofNullable(linkedFirms.get(named));
        }
        return Optional.empty();
    }

    /**
     * The customer organization a booking is made for: like {@link #firmActedFor}, and for a researcher the research
     * organization they belong to.
     */
    public Optional<Organization> customerActedFor(UUID named) {
        return isResearcher() ? ownOrganization(named) : firmActedFor(named);
    }

    private Optional<Organization> ownOrganization(UUID named) {
        return soleOrganization().filter(own -> named == null || own.id().equals(named));
    }

    /** The customers (firms, research groups) whose bookings, applications and vouchers the caller may see. */
    public Set<UUID> firmsActedFor() {
        if (isPartner()) {
            return linkedFirms.keySet();
        }
        return isCustomer() ? organizations.keySet() : Set.of();
    }

    /** The only organization of a caller who belongs to exactly one, as firm and provider staff do. */
    public Optional<Organization> soleOrganization() {
        return organizations.size() == 1
                ? Optional.of(organizations.values().iterator().next())
                : Optional.empty();
    }
}
