package io.deltashare.contracts.voucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An electronic innovation voucher as others need to know it: whose it is, which bureau (region) pays it, what it
 * pays for and until when.
 *
 * @param coverageRatio            the largest share of an order the voucher pays, a decimal string in (0, 1]
 * @param acceptedProviderRegions  provider regions where it is accepted (all four: cross-region acceptance)
 * @param eligibleCategories       instrument categories it pays for
 * @param status                   {@code ACTIVE} or {@code EXPIRED}
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
        String status) {}
