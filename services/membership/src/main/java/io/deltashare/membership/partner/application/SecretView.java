package io.deltashare.membership.partner.application;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's new client secret: shown in this answer only, never stored by DeltaShare. */
@Schema(name = "PartnerSecret")
public record SecretView(
        String clientId,

        @Schema(description = "Shown once; ask for a new one to rotate it")
        String clientSecret,

        @Schema(description = "Where the partner gets tokens with the client-credentials grant")
        String tokenUrl,

        Instant issuedAt) {}
