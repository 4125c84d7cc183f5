package io.deltashare.innovationvoucher.applying.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.innovationvoucher.applying.domain.VoucherApplication;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application and, once approved, the voucher it produced. */
public record ApplicationView(
        UUID id,
        UUID programId,
        UUID firmOrganizationId,
        Region firmRegion,
        String plannedUse,
        int year,
        String status,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) UUID voucherId,
        Instant createdAt,
        @Schema(nullable = true) Instant decidedAt) {

    static ApplicationView of(VoucherApplication a) {
        return new ApplicationView(
                a.id(),
                a.programId(),
                a.firmOrganizationId(),
                a.firmRegion(),
                a.plannedUse(),
                a.year(),
                a.status().name(),
                a.reason(),
                a.voucherId(),
                a.createdAt(),
                a.decidedAt());
    }
}
