package io.deltashare.innovationvoucher.voucher.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a voucher pays for a booking. It pays the coverage ratio of the fee, rounded down to the fen, but never more
 * than its balance; it only pays its own firm's bookings, while valid, for eligible categories at providers in
 * accepted regions.
 */
public record VoucherUse(
        UUID firm,
        BigDecimal coverageRatio,
        Set<String> eligibleCategories,
        Set<Region> acceptedProviderRegions,
        Instant validFrom,
        Instant expiresAt,
        boolean usable) {

    /** Why the voucher will not pay for a booking of {@code bookingFirm}, or empty when it will. */
    public Optional<String> refusal(UUID bookingFirm, Region providerRegion, String category, Instant now) {
        if (!firm.equals(bookingFirm)) {
            return Optional.of("the voucher belongs to another firm");
        }
        if (!usable) {
            return Optional.of("the voucher's program is suspended or the voucher has expired");
        }
        if (now.isBefore(validFrom)) {
            return Optional.of("the voucher is valid only from " + validFrom);
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of("the voucher expired at " + expiresAt);
        }
        if (!acceptedProviderRegions.contains(providerRegion)) {
            return Optional.of(
                    "the voucher is not accepted at providers in " + providerRegion.code() + "; it is accepted in "
                            + acceptedProviderRegions.stream()
                                    .map(Region::code)
                                    .sorted()
                                    .toList());
        }
        if (!eligibleCategories.contains(category)) {
            return Optional.of("the voucher does not pay for " + category + "; it pays for "
                    + eligibleCategories.stream().sorted().toList());
        }
        return Optional.empty();
    }

    /** The share of {@code fee} the voucher pays with {@code balance} left: coverage rounded down, capped. */
    public Money share(Money fee, Money balance) {
        return Money.min(fee.shareRoundedDown(coverageRatio), balance);
    }
}
