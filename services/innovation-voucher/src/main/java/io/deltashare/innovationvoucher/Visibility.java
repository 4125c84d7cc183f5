package io.deltashare.innovationvoucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.security.Caller;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sees a firm's applications and vouchers: the firm itself (or a partner portal it is linked to), the bureau of
 * the region they belong to, and the platform admin; nobody else, not even to learn that they exist. A pilot
 * locality's bureau sees those of its own programs only; the province's bureau sees its localities' too.
 */
public final class Visibility {

    private Visibility() {}

    /**
     * Whether the caller sees an application or voucher of {@code firm} in {@code region}, of a program run by the
     * bureau of {@code programLocality} (null: by the province's bureau).
     */
    public static boolean sees(Caller caller, Region region, String programLocality, UUID firm) {
        return caller.isAdmin()
                || caller.isBureauIn(region.code())
                        && caller.locality()
                                .map(own -> own.equals(programLocality))
                                .orElse(true)
                || caller.actsFor(firm);
    }

    /**
     * The rows the caller may list, by the entity's region, firm and program fields; empty when it may list none.
     */
    public static Optional<Where> rows(Caller caller, String regionField, String firmField, String programField) {
        if (caller.isAdmin()) {
            return Optional.of(Where.all());
        }
        String region = bureauRegion(caller);
        if (region != null) {
            Where ofRegion = Where.where(regionField + " = :region", "region", region);
            return Optional.of(caller.locality()
                    .map(locality -> ofRegion.and(
                            programField + " in (select p.id from ProgramEntity p where p.locality = :locality)",
                            "locality",
                            locality))
                    .orElse(ofRegion));
        }
        if (!caller.firmsActedFor().isEmpty()) {
            return Optional.of(Where.where(firmField + " in :firms", "firms", List.copyOf(caller.firmsActedFor())));
        }
        return Optional.empty();
    }

    /** The province of a bureau officer (of the province's bureau or a pilot locality's), or null for anyone else. */
    public static String bureauRegion(Caller caller) {
        return caller.isBureau() ? caller.region().orElse(null) : null;
    }
}
