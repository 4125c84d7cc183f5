package io.deltashare.instrumentcatalog.provider.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.util.Set;
import java.util.UUID;

/**
 * A provider of instruments (a university centre, an institute, a facility), tied to one Keycloak organization. Its
 * own staff keep its names, city and contact; only the platform operator changes what {@link OperatorOnlyFields}
 * names. Immutable: a revision gives the provider as it is after it.
 */
public record Provider(UUID id, UUID organizationId, Profile profile, long version) {

    /** What a provider is and says about itself. */
    public record Profile(
            LocalizedText name,
            Region region,
            String city,
            ProviderType type,
            Set<Accreditation> accreditations,
            String contactEmail,
            String contactPhone) {

        OperatorOnlyFields.Held operatorHeld() {
            return new OperatorOnlyFields.Held(region.code(), type, accreditations);
        }
    }

    public static Provider register(UUID id, UUID organizationId, Profile profile) {
        return new Provider(id, organizationId, profile, 0);
    }

    /** A new profile; {@code byOperator} false for the provider's own staff, who may not touch the operator's fields. */
    public Decision<Provider> revise(Profile revised, boolean byOperator) {
        if (!byOperator) {
            var refusal = OperatorOnlyFields.refusalForStaff(profile.operatorHeld(), revised.operatorHeld());
            if (refusal.isPresent()) {
                return Decision.reject(Rejection.forbidden(refusal.get()));
            }
        }
        return Decision.accept(new Provider(id, organizationId, revised, version));
    }

    /** Whether {@code revised} moves the provider (region or city), which its instruments then follow. */
    public boolean movedTo(Provider revised) {
        return !profile.region().equals(revised.profile().region())
                || !profile.city().equals(revised.profile().city());
    }
}
