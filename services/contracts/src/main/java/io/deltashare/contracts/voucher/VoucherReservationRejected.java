package io.deltashare.contracts.voucher;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import java.util.UUID;

/** A voucher will not pay for a booking, for {@code reason} (expired, another firm's, region not accepted, ...). */
@EventType(value = "io.deltashare.innovationvoucher.VoucherReservationRejected.v1", topic = Topics.VOUCHERS)
public record VoucherReservationRejected(UUID voucherId, UUID bookingId, String reason) implements IntegrationEvent {

    @Override
    public String subject() {
        return voucherId.toString();
    }
}
