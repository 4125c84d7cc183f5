package io.deltashare.contracts.voucher;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import java.util.UUID;

/** A bureau approved a firm's application and issued {@code voucher}. */
@EventType(value = "io.deltashare.innovationvoucher.VoucherIssued.v1", topic = Topics.VOUCHERS)
public record VoucherIssued(UUID applicationId, VoucherSnapshot voucher) implements IntegrationEvent {

    @Override
    public String subject() {
        return voucher.id().toString();
    }
}
