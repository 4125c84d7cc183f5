package io.deltashare.booking.wallet.application;

import io.deltashare.booking.wallet.persistence.Wallets;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Keeps the firms' vouchers as the voucher service announces them, each event in the inbox's transaction. */
@ApplicationScoped
public class WalletUpdates {

    private final Wallets wallets;

    WalletUpdates(Wallets wallets) {
        this.wallets = wallets;
    }

    @Transactional
    public void issued(VoucherSnapshot voucher) {
        wallets.issued(voucher);
    }

    /** A hold or release left {@code remaining} on the voucher. */
    @Transactional
    public void balanceIs(UUID voucher, Money remaining) {
        wallets.balanceIs(voucher, remaining);
    }

    /** A redemption gave back what the hold did not spend. */
    @Transactional
    public void redeemed(UUID voucher, Money released) {
        wallets.givenBack(voucher, released);
    }

    @Transactional
    public void expired(UUID voucher) {
        wallets.expired(voucher);
    }
}
