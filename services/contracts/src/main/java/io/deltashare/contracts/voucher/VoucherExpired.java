package io.deltashare.contracts.voucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.util.UUID;

/** A voucher passed its validity; {@code returnedToProgram}, the balance nobody held or spent, is budget again. */
@EventType(value = "io.deltashare.innovationvoucher.VoucherExpired.v1", topic = Topics.VOUCHERS)
public record VoucherExpired(
        UUID voucherId, UUID programId, Region issuingRegion, UUID firmOrganizationId, Money returnedToProgram)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return voucherId.toString();
    }
}
