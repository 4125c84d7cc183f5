package io.deltashare.contracts.catalog;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything consumers need to know about a provider (event-carried state transfer). */
public record ProviderSnapshot(
        UUID id,
        UUID organizationId,
        LocalizedText name,
        Region region,
        String city,
        String type,
        List<String> accreditations,
        String contactEmail,
        @Schema(nullable = true) String contactPhone,
        long version) {}
