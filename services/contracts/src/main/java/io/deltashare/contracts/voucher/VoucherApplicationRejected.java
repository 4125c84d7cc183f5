package io.deltashare.contracts.voucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import java.util.UUID;

/** A bureau turned down a firm's application to a program, for {@code reason}. */
@EventType(value = "io.deltashare.innovationvoucher.VoucherApplicationRejected.v1", topic = Topics.VOUCHERS)
public record VoucherApplicationRejected(
        UUID applicationId, UUID programId, Region region, UUID firmOrganizationId, String reason)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
