package io.deltashare.contracts.catalog;

import java.util.List;
import java.util.UUID;

/** Everything consumers need to know about a provider (event-carried state transfer). */
public record ProviderSnapshot(UUID id, UUID organizationId, LocalizedText name, Region region, String city,
                               String type, List<String> accreditations, String contactEmail, String contactPhone,
                               long version) {
}
