package io.deltashare.innovationvoucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.security.Caller;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sees a firm's applications and vouchers: the firm itself (or a partner portal it is linked to), the bureau of
 * the region they belong to, and the platform admin; nobody else, not even to learn that they exist.
 */
public final class Visibility {

    private Visibility() {}

    public static boolean sees(Caller caller, Region region, UUID firm) {
        return caller.isAdmin() || caller.isBureauOf(region.code()) || caller.actsFor(firm);
    }

    /** The rows the caller may list, by the entity's region and firm fields; empty when it may list none. */
    public static Optional<Where> rows(Caller caller, String regionField, String firmField) {
        if (caller.isAdmin()) {
            return Optional.of(Where.all());
        }
        String region = bureauRegion(caller);
        if (region != null) {
            return Optional.of(Where.where(regionField + " = :region", "region", region));
        }
        if (!caller.firmsActedFor().isEmpty()) {
            return Optional.of(Where.where(firmField + " in :firms", "firms", List.copyOf(caller.firmsActedFor())));
        }
        return Optional.empty();
    }

    /** The province of a bureau officer, or null for anyone else. */
    public static String bureauRegion(Caller caller) {
        return caller.isBureau() ? caller.region().orElse(null) : null;
    }
}
