package io.deltashare.membership.partner.application;

import io.deltashare.platform.security.PartnerGrants;
import java.util.List;

/**
 * The identity provider's side of a partner: its confidential client, its secret, and the grants its tokens carry.
 * Every call may be repeated after a failure or a crash and ends in the same state; a failure is raised as {@code
 * Directory.Unavailable}, and the caller's transaction then changes nothing.
 */
public interface PartnerClients {

    /** A client to create for an approved partner. */
    record NewClient(String clientId, String name, String description, boolean sandbox) {}

    /**
     * The client of an approved partner: confidential, client-credentials only, its service account in realm role
     * {@code partner}, its tokens carrying {@code sandbox} when it is one. Found again when an earlier attempt made it.
     */
    void create(NewClient client);

    /** A new secret for {@code clientId}; the one before stops working at once. */
    String newSecret(String clientId);

    /** Writes the grants the client's tokens carry from now on, replacing those it had (none: it acts for nobody). */
    void grants(String clientId, List<PartnerGrants.Grant> grants);

    /** Disables the client: it gets no more tokens. */
    void disable(String clientId);
}
