package io.deltashare.contracts.voucher;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.util.UUID;

/** An order ended (cancelled, or rejected) before its milestones used the hold: {@code released} is back. */
@EventType(value = "io.deltashare.innovationvoucher.VoucherReleasedFromOrder.v1", topic = Topics.VOUCHERS)
public record VoucherReleasedFromOrder(UUID voucherId, UUID orderId, Money released, Money remainingBalance)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return voucherId.toString();
    }
}
