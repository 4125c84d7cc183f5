package io.deltashare.innovationvoucher.voucher.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a voucher pays for a booking or an order. It pays the coverage ratio of the fee, rounded down to the fen, but
 * never more than its balance; it only pays its own firm's purchases, while valid, for the kinds of service and the
 * categories its program pays for, at providers in accepted regions (and, if its program names any, at designated
 * institutions only).
 */
public record VoucherUse(
        UUID firm,
        BigDecimal coverageRatio,
        Set<String> eligibleCategories,
        Set<Region> acceptedProviderRegions,
        Set<ServiceKind> serviceKinds,
        Set<UUID> designatedProviders,
        Instant validFrom,
        Instant expiresAt,
        boolean usable) {

    /** Why the voucher will not pay for {@code purchase}, or empty when it will. */
    public Optional<String> refusal(Voucher.Purchase purchase, Instant now) {
        if (!firm.equals(purchase.firm())) {
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
        Region providerRegion = purchase.providerRegion();
        if (!acceptedProviderRegions.contains(providerRegion)) {
            return Optional.of(
                    "the voucher is not accepted at providers in " + providerRegion.code() + "; it is accepted in "
                            + acceptedProviderRegions.stream()
                                    .map(Region::code)
                                    .sorted()
                                    .toList());
        }
        if (!serviceKinds.contains(purchase.kind())) {
            return Optional.of("the voucher does not pay for " + purchase.kind() + "; it pays for "
                    + serviceKinds.stream().map(Enum::name).sorted().toList());
        }
        if (!eligibleCategories.contains(purchase.category())) {
            return Optional.of("the voucher does not pay for " + purchase.category() + "; it pays for "
                    + eligibleCategories.stream().sorted().toList());
        }
        if (!designatedProviders.isEmpty() && !designatedProviders.contains(purchase.providerOrganization())) {
            return Optional.of("the voucher pays only at the institutions its program designated (专业机构)");
        }
        return Optional.empty();
    }

    /** The share of {@code fee} the voucher pays with {@code balance} left: coverage rounded down, capped. */
    public Money share(Money fee, Money balance) {
        return Money.min(fee.shareRoundedDown(coverageRatio), balance);
    }
}
