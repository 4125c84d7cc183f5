package io.deltashare.innovationvoucher;

import io.deltashare.innovationvoucher.program.application.ProgramService;
import io.deltashare.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sees a firm's applications and vouchers: the firm itself (or a partner portal it is linked to), the bureau of
 * the region they belong to, and the platform admin; nobody else, not even to learn that they exist.
 */
public final class Visibility {

    /** A query restriction and its parameters, to extend with further conditions. */
    public record Filter(String query, Parameters parameters) {

        public Filter and(String condition, String name, Object value) {
            return new Filter(query + " and " + condition, parameters.and(name, value));
        }
    }

    private Visibility() {
    }

    public static boolean sees(Caller caller, String region, UUID firm) {
        return caller.isAdmin() || region.equals(ProgramService.bureauRegion(caller)) || caller.actsFor(firm);
    }

    /** The rows the caller may list, by the entity's region and firm fields; empty when it may list none. */
    public static Optional<Filter> filter(Caller caller, String regionField, String firmField) {
        if (caller.isAdmin()) {
            return Optional.of(new Filter("1 = 1", new Parameters()));
        }
        String region = ProgramService.bureauRegion(caller);
        if (region != null) {
            return Optional.of(new Filter(regionField + " = :region", Parameters.with("region", region)));
        }
        if (!caller.firmsActedFor().isEmpty()) {
            return Optional.of(new Filter(firmField + " in :firms",
                    Parameters.with("firms", List.copyOf(caller.firmsActedFor()))));
        }
        return Optional.empty();
    }
}
