package io.deltashare.contracts.voucher;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.util.UUID;

/** A booking ended without being completed (cancelled, rejected, no-show): its hold is given back to the voucher. */
@EventType(value = "io.deltashare.innovationvoucher.VoucherReleased.v1", topic = Topics.VOUCHERS)
public record VoucherReleased(UUID voucherId, UUID bookingId, Money released, Money remainingBalance)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return voucherId.toString();
    }
}
