package io.deltashare.innovationvoucher.applying.application;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A firm's SME registration (科技型中小企业) as programs for SMEs see it: the one its region's bureau verified, or
 * else the one it joined DeltaShare with.
 */
public record SmeRegistrationView(
        UUID organizationId,
        String region,
        String registrationNumber,
        int year,

        @Schema(description = "whether it counts today: registered for this year or the last")
        boolean current,

        @Schema(
                description =
                        "BUREAU (verified by the region's bureau) or MEMBERSHIP (stated when joining and admitted)")
        Source source,

        @Schema(nullable = true, description = "the bureau officer who verified it")
        String verifiedBy,

        @Schema(description = "when it was verified or the firm admitted")
        Instant at) {

    public enum Source {
        BUREAU,
        MEMBERSHIP
    }
}
