package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.innovationvoucher.voucher.persistence.HoldRepository;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a voucher holds for one booking, and what became of it ({@code HELD}, then {@code REDEEMED} or
 * {@code RELEASED}); {@code issuingRegion} is the bureau that pays the redeemed part.
 */
public record HoldView(
        UUID bookingId,
        UUID voucherId,
        Region issuingRegion,
        UUID firmOrganizationId,
        UUID providerOrganizationId,
        Region providerRegion,
        String status,
        Money held,
        Money redeemed,
        Money released,
        Money bookingFee,
        Instant heldAt,
        @Schema(nullable = true) Instant settledAt) {

    static HoldView of(HoldRepository.HoldRow row) {
        return new HoldView(
                row.bookingId(),
                row.voucherId(),
                Region.ofCode(row.issuingRegion()),
                row.firmOrganizationId(),
                row.providerOrganizationId(),
                Region.ofCode(row.providerRegion()),
                row.status(),
                Money.ofFen(row.heldFen()),
                Money.ofFen(row.redeemedFen()),
                Money.ofFen(row.releasedFen()),
                Money.ofFen(row.bookingFeeFen()),
                row.heldAt(),
                row.settledAt());
    }
}
