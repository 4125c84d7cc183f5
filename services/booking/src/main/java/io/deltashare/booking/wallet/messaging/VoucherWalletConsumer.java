package io.deltashare.booking.wallet.messaging;

import io.deltashare.booking.wallet.application.WalletUpdates;
import io.deltashare.contracts.voucher.VoucherExpired;
import io.deltashare.contracts.voucher.VoucherIssued;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherReleased;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The voucher events that move a firm's wallet besides the holds (which the saga's {@code VoucherRepliesConsumer}
 * applies to the wallet too): issue, release, redemption, expiry.
 */
@ApplicationScoped
public class VoucherWalletConsumer implements ConsumesEvents {

    private final EventHandlers handlers;

    VoucherWalletConsumer(WalletUpdates wallet) {
        this.handlers = EventHandlers.create()
                .on(VoucherIssued.class, (event, envelope) -> wallet.issued(event.voucher()))
                .on(
                        VoucherReleased.class,
                        (event, envelope) -> wallet.balanceIs(event.voucherId(), event.remainingBalance()))
                .on(VoucherRedeemed.class, (event, envelope) -> wallet.redeemed(event.voucherId(), event.released()))
                .on(VoucherExpired.class, (event, envelope) -> wallet.expired(event.voucherId()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
