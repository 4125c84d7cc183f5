package io.deltashare.notification.notice.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Who should hear of a notice: the members of an organization (a firm's or a provider's staff), or the holders of a
 * role in a region, and in a pilot locality when the notice is a locality bureau's.
 *
 * @param organization the organization whose members hear of it, or null
 * @param role         the realm role whose holders hear of it, or null (with an organization: every member)
 * @param region       the holders' region ({@code CN-JS}), or null for holders anywhere
 * @param locality     the holders' pilot locality (GB/T 2260), or null for the province's own officers
 */
public record Audience(UUID organization, String role, String region, String locality) {

    public Audience {
        if (organization == null && role == null) {
            throw new IllegalArgumentException("an audience is an organization's members or a role's holders");
        }
    }

    /** Every member of {@code organization}. */
    public static Audience membersOf(UUID organization) {
        return new Audience(Objects.requireNonNull(organization, "organization"), null, null, null);
    }

    /** The holders of {@code role} in {@code region} ({@code locality} null: the province's own). */
    public static Audience holdersOf(String role, String region, String locality) {
        return new Audience(null, Objects.requireNonNull(role, "role"), region, locality);
    }

    /** Whether a role holder whose account says {@code theirRegion} and {@code theirLocality} is meant. */
    public boolean includes(String theirRegion, String theirLocality) {
        if (region != null && !region.equals(theirRegion)) {
            return false;
        }
        return Objects.equals(locality, theirLocality);
    }
}
