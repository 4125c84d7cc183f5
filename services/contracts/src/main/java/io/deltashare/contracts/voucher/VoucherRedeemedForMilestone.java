package io.deltashare.contracts.voucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The firm accepted milestone {@code milestone} of an order a voucher holds for: the bureau of {@code issuingRegion}
 * owes the provider {@code redeemed} of the milestone's {@code milestoneAmount} instead of the firm. Each milestone
 * redeems the hold's share of its amount (rounded down to the fen); the last takes what the hold has left.
 *
 * @param stillHeld       what the hold keeps for the milestones not yet accepted
 * @param issuingLocality the pilot locality (GB/T 2260 code) whose bureau issued the voucher and pays its claims; null
 *                        for the province's bureau, and in events from before localities
 */
@EventType(value = "io.deltashare.innovationvoucher.VoucherRedeemedForMilestone.v1", topic = Topics.VOUCHERS)
public record VoucherRedeemedForMilestone(
        UUID voucherId,
        UUID orderId,
        int milestone,
        UUID programId,
        Region issuingRegion,
        UUID firmOrganizationId,
        UUID providerOrganizationId,
        Region providerRegion,
        ServiceKind kind,
        String category,
        Money milestoneAmount,
        Money redeemed,
        Money stillHeld,
        Instant redeemedAt,
        @Schema(nullable = true) String issuingLocality)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return voucherId.toString();
    }
}
