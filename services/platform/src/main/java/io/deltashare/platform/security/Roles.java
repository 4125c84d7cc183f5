package io.deltashare.platform.security;

/**
 * The realm roles, the one vocabulary for {@code @RolesAllowed} and {@link Caller} checks; the realm export in
 * {@code deploy/keycloak} defines the same names.
 */
public final class Roles {

    /** Staff of a firm (an SME): books, applies for vouchers, pays. */
    public static final String FIRM = "firm";
    /** Staff of a provider (university centre, institute, facility): lists instruments, decides bookings. */
    public static final String PROVIDER = "provider";
    /**
     * A researcher of a university or institute, member of a research organization (kind {@code research}): books at
     * the academic price.
     */
    public static final String RESEARCHER = "researcher";
    /** A science bureau officer, of the province in the token's {@code region}. */
    public static final String BUREAU = "bureau";
    /** A platform operator. */
    public static final String ADMIN = "admin";
    /** A bureau's finance officer: marks approved claim batches paid. */
    public static final String FINANCE = "finance";
    /** A partner portal's client, acting for the firms linked to it. */
    public static final String PARTNER = "partner";

    private Roles() {}
}
