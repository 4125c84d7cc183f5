package io.deltashare.contracts.voucher;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.util.UUID;

/**
 * A voucher holds {@code held} for an order of a service: its share of the order's price, paid out milestone by
 * milestone as the firm accepts them, the rest released when the order ends otherwise.
 */
@EventType(value = "io.deltashare.innovationvoucher.VoucherHeldForOrder.v1", topic = Topics.VOUCHERS)
public record VoucherHeldForOrder(UUID voucherId, UUID orderId, Money held, Money remainingBalance)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return voucherId.toString();
    }
}
