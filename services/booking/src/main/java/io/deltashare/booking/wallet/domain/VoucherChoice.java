package io.deltashare.booking.wallet.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which of a firm's vouchers pays for a one-click booking ({@code "voucher": "auto"}): among those that apply (the
 * provider accepted, the kind of service and the category paid for, valid now, money left), one whose balance covers its whole
 * share of the fee, the soonest to expire first, so that money about to lapse is spent before money that keeps. When
 * none covers its whole share, the one that pays the most (then the soonest to expire). None when none applies: the
 * firm then pays the whole fee.
 */
public final class VoucherChoice {

    private VoucherChoice() {}

    /** The voucher chosen and what it would pay. */
    public record Choice(WalletVoucher voucher, Money share) {}

    /** What a voucher is asked to pay for: a kind of service in a category, at a provider. */
    public record Purchase(ServiceKind kind, String category, UUID providerOrganization, Region providerRegion) {}

    public static Optional<Choice> pick(List<WalletVoucher> vouchers, Purchase purchase, Money fee, Instant now) {
        List<WalletVoucher> applicable =
                vouchers.stream().filter(v -> v.applies(purchase, now)).toList();
        Comparator<WalletVoucher> soonestToExpire =
                Comparator.comparing(WalletVoucher::expiresAt).thenComparing(WalletVoucher::id);
        Optional<WalletVoucher> whole = applicable.stream()
                .filter(v -> v.balance().compareTo(fee.shareRoundedDown(v.coverageRatio())) >= 0)
                .min(soonestToExpire);
        Optional<WalletVoucher> chosen = whole.isPresent()
                ? whole
                : applicable.stream()
                        .min(Comparator.comparing((WalletVoucher v) -> v.share(fee))
                                .reversed()
                                .thenComparing(soonestToExpire));
        return chosen.map(v -> new Choice(v, v.share(fee)));
    }
}
