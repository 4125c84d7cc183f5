package io.deltashare.contracts.voucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A firm applied to a voucher program of the bureau of {@code region}: one of the firms that applied (申领企业) in
 * calendar year {@code year} (Asia/Shanghai), the first of the indicators the provinces publish.
 *
 * @param locality the pilot locality (GB/T 2260 code) whose bureau runs the program; null for the province's bureau
 */
@EventType(value = "io.deltashare.innovationvoucher.VoucherApplied.v1", topic = Topics.VOUCHERS)
public record VoucherApplied(
        UUID applicationId,
        UUID programId,
        Region region,
        @Schema(nullable = true) String locality,
        UUID firmOrganizationId,
        int year,
        Instant appliedAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
