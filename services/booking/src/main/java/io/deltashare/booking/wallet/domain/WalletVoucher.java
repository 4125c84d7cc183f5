package io.deltashare.booking.wallet.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A firm's voucher as booking knows it from the voucher service's events: enough to choose one for a one-click
 * booking. The voucher service stays the judge: it holds the share, or refuses (a program suspended meanwhile, a
 * balance spent by a concurrent booking), and the booking follows its answer.
 */
public record WalletVoucher(
        UUID id,
        UUID firm,
        BigDecimal coverageRatio,
        Set<String> eligibleCategories,
        Set<Region> acceptedProviderRegions,
        Set<ServiceKind> serviceKinds,
        Set<UUID> designatedProviders,
        Instant validFrom,
        Instant expiresAt,
        boolean active,
        Money balance) {

    /** Whether it pays for {@code purchase} at {@code now}. */
    public boolean applies(VoucherChoice.Purchase purchase, Instant now) {
        return active
                && !now.isBefore(validFrom)
                && now.isBefore(expiresAt)
                && acceptedProviderRegions.contains(purchase.providerRegion())
                && serviceKinds.contains(purchase.kind())
                && eligibleCategories.contains(purchase.category())
                && (designatedProviders.isEmpty() || designatedProviders.contains(purchase.providerOrganization()))
                && balance.fen() > 0;
    }

    /** What it would pay of {@code fee}: its coverage ratio of the fee, rounded down to the fen, at most its balance. */
    public Money share(Money fee) {
        return Money.min(fee.shareRoundedDown(coverageRatio), balance);
    }
}
