package io.deltashare.membership.organization.application;

import io.deltashare.contracts.catalog.Region;
import java.util.UUID;

/**
 * The identity provider's organizations and memberships: what a token says about a person. Every call may be repeated
 * after a failure or a crash and ends in the same state (the organization is found again by its application, a member
 * already in is left in, a role already held is held).
 */
public interface Directory {

    /** An organization to create for an approved application. */
    record NewOrganization(
            UUID application, String alias, String name, String kind, Region region, String description) {}

    /** The organization of {@code organization.application()}: created, or found when an earlier attempt created it. */
    UUID organizationOf(NewOrganization organization);

    /** Makes the person {@code subject} a member of {@code organization} who acts in realm role {@code role}. */
    void admit(UUID organization, String subject, String role);

    /** The identity provider could not be reached or refused the call; the review may be tried again. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
