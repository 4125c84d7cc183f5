package io.deltashare.membership.partner.application;

import io.deltashare.contracts.membership.PartnerScope;
import io.deltashare.membership.partner.domain.FirmGrant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A firm's grant to a partner, as the API shows it. */
@Schema(name = "PartnerGrant")
public record GrantView(
        UUID partnerId,
        UUID firmOrganizationId,
        @Schema(nullable = true) String region,
        List<PartnerScope> scopes,
        String grantedBy,
        Instant grantedAt) {

    static GrantView of(FirmGrant grant) {
        return new GrantView(
                grant.partnerId(),
                grant.firm(),
                grant.region(),
                grant.scopes().stream().sorted().toList(),
                grant.grantedBy(),
                grant.grantedAt());
    }
}
