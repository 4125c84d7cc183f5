package io.deltashare.membership.partner.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.membership.partner.domain.Partner;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner application as the API shows it. */
@Schema(name = "Partner")
public record PartnerView(
        UUID id,
        UUID organizationId,
        @Schema(implementation = LocalizedText.class) LocalizedText name,
        String description,

        @Schema(description = "A sandbox partner's tokens carry `sandbox: true`")
        boolean sandbox,

        @Schema(enumeration = {"SUBMITTED", "APPROVED", "REJECTED", "REVOKED"})
        String status,

        @Schema(nullable = true, description = "Its OAuth client id, once approved")
        String clientId,

        @Schema(nullable = true) String reason,
        Instant submittedAt,
        @Schema(nullable = true) Instant reviewedAt,
        long version) {

    static PartnerView of(Partner partner) {
        return new PartnerView(
                partner.id(),
                partner.organizationId(),
                partner.name(),
                partner.description(),
                partner.sandbox(),
                partner.status().name(),
                partner.clientId(),
                partner.reason(),
                partner.submittedAt(),
                partner.reviewedAt(),
                partner.version());
    }
}
