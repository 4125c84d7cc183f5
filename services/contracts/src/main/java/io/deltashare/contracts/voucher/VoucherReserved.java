package io.deltashare.contracts.voucher;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.util.UUID;

/** A voucher holds {@code held} for a booking until the booking completes (redeem) or ends otherwise (release). */
@EventType(value = "io.deltashare.innovationvoucher.VoucherReserved.v1", topic = Topics.VOUCHERS)
public record VoucherReserved(UUID voucherId, UUID bookingId, Money held, Money remainingBalance)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return voucherId.toString();
    }
}
