package io.deltashare.instrumentcatalog.provider.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What only the platform operator may change about a provider: its region (which decides whose vouchers it accepts
 * and which bureau's claim batches it appears in), its type, and its CMA/CNAS accreditations (badges the operator has
 * checked). The provider's own staff keep everything else: names, city, contact.
 */
public final class OperatorOnlyFields {

    /** The operator-held part of a provider, as stored or as proposed. */
    public record Held(String region, ProviderType type, Set<Accreditation> accreditations) {}

    private OperatorOnlyFields() {}

    /** Why staff may not make this change, naming each field they tried to change; empty when they touched none. */
    public static Optional<String> refusalForStaff(Held current, Held proposed) {
        List<String> changed = new ArrayList<>();
        if (!current.region().equals(proposed.region())) {
            changed.add("region (" + current.region() + " → " + proposed.region() + ")");
        }
        if (current.type() != proposed.type()) {
            changed.add("type (" + current.type() + " → " + proposed.type() + ")");
        }
        if (!current.accreditations().equals(proposed.accreditations())) {
            changed.add("accreditations (" + current.accreditations() + " → " + proposed.accreditations() + ")");
        }
        return changed.isEmpty()
                ? Optional.empty()
                : Optional.of("only the platform operator changes a provider's "
                        + "region, type and accreditations; this request changes " + String.join(", ", changed));
    }
}
