package io.deltashare.membership.partner.domain;

/** Where a partner application stands. */
public enum PartnerStatus {
    /** Registered by an organization, waiting for the platform admin. */
    SUBMITTED,
    /** Approved: its client exists, firms may grant it rights. */
    APPROVED,
    /** Refused by the platform admin, with a reason. */
    REJECTED,
    /** Its client is disabled and every grant gone, for good. */
    REVOKED
}
