package io.deltashare.contracts.voucher;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import java.util.UUID;

/**
 * A voucher will not pay for an order, for {@code reason} (another firm's, a kind of service or an institution its
 * program does not pay for, region not accepted, expired, no balance ...).
 */
@EventType(value = "io.deltashare.innovationvoucher.VoucherRefusedForOrder.v1", topic = Topics.VOUCHERS)
public record VoucherRefusedForOrder(UUID voucherId, UUID orderId, String reason) implements IntegrationEvent {

    @Override
    public String subject() {
        return voucherId.toString();
    }
}
