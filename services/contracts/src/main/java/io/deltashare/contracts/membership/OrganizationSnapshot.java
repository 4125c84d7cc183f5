package io.deltashare.contracts.membership;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization admitted to DeltaShare (入网), as the other services need to know it: what it is, where it is at
 * home, and for a firm whether it is a registered science-based SME (科技型中小企业), which voucher programs may
 * require.
 *
 * @param id       the Keycloak organization id, the one tokens carry
 * @param kind     {@code firm}, {@code provider} or {@code research}, the organization's {@code kind} attribute
 * @param smeYear  the year of the firm's SME registration, or null when it is none
 */
public record OrganizationSnapshot(
        UUID id,
        String alias,
        String kind,
        LocalizedText name,
        Region region,
        String city,
        @Schema(nullable = true) String smeNumber,
        @Schema(nullable = true) Integer smeYear) {}
