package io.deltashare.booking.wallet.application;

import io.deltashare.booking.wallet.domain.VoucherChoice;
import io.deltashare.booking.wallet.persistence.Wallets;
import io.deltashare.contracts.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The voucher a booking would be paid with, and its expected share, from the firm's wallet as booking knows it. */
@ApplicationScoped
public class WalletChoices {

    private final Wallets wallets;

    WalletChoices(Wallets wallets) {
        this.wallets = wallets;
    }

    /** One-click ordering: the firm's voucher that {@link VoucherChoice} picks for this fee, if any applies. */
    @Transactional
    public Optional<VoucherChoice.Choice> pick(UUID firm, VoucherChoice.Purchase purchase, Money fee, Instant now) {
        return VoucherChoice.pick(wallets.activeOf(firm, now), purchase, fee, now);
    }

    /** The voucher the firm named, with what it would pay of {@code fee}, if booking knows it as the firm's. */
    @Transactional
    public Optional<VoucherChoice.Choice> named(UUID voucher, UUID firm, Money fee, Instant now) {
        return wallets.activeOf(firm, now).stream()
                .filter(v -> v.id().equals(voucher))
                .findFirst()
                .map(v -> new VoucherChoice.Choice(v, v.share(fee)));
    }
}
