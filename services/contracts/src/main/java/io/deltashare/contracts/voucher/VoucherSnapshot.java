package io.deltashare.contracts.voucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An electronic innovation voucher as others need to know it: whose it is, which bureau (region) pays it, what it
 * pays for and until when.
 *
 * @param coverageRatio            the largest share of an order the voucher pays, a decimal string in (0, 1]
 * @param acceptedProviderRegions  provider regions where it is accepted (all four: cross-region acceptance)
 * @param eligibleCategories       instrument categories it pays for
 * @param status                   {@code ACTIVE} or {@code EXPIRED}
 * @param serviceKinds             the kinds of service it pays for; absent in events from before programs named them
 *                                 (then {@link #paysFor()} is instrument time and testing)
 * @param designatedProviders      the provider organizations (专业机构) it pays at; empty or absent: any provider in the
 *                                 accepted regions
 */
public record VoucherSnapshot(
        UUID id,
        String code,
        UUID programId,
        Region issuingRegion,
        UUID firmOrganizationId,
        Money faceValue,
        String coverageRatio,
        List<Region> acceptedProviderRegions,
        List<String> eligibleCategories,
        Instant validFrom,
        Instant expiresAt,
        String status,
        @Schema(nullable = true) List<ServiceKind> serviceKinds,
        @Schema(nullable = true) List<UUID> designatedProviders) {

    /** What a voucher paid for before programs named kinds of service: instrument time and tests. */
    public static final List<ServiceKind> KINDS_BEFORE_SERVICES =
            List.of(ServiceKind.INSTRUMENT_TIME, ServiceKind.TESTING);

    /** The kinds of service it pays for; an event from before programs named them says nothing, which meant these. */
    public List<ServiceKind> paysFor() {
        return serviceKinds == null ? KINDS_BEFORE_SERVICES : serviceKinds;
    }

    /** The provider organizations it pays at (专业机构), empty for any provider in the accepted regions. */
    public List<UUID> payableAt() {
        return designatedProviders == null ? List.of() : designatedProviders;
    }
}
