package io.deltashare.contracts.voucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A completed booking was paid in part by a voucher: the bureau of {@code issuingRegion} owes the provider
 * {@code redeemed} instead of the firm; the rest of the hold ({@code released}) went back to the voucher.
 *
 * @param bookingFee      the booking's final fee, of which {@code redeemed} is the voucher's share
 * @param issuingLocality the pilot locality (GB/T 2260 code) whose bureau issued the voucher and pays its claims; null
 *                        for the province's bureau, and in events from before localities
 */
@EventType(value = "io.deltashare.innovationvoucher.VoucherRedeemed.v1", topic = Topics.VOUCHERS)
public record VoucherRedeemed(
        UUID voucherId,
        UUID bookingId,
        UUID programId,
        Region issuingRegion,
        UUID firmOrganizationId,
        UUID providerOrganizationId,
        Region providerRegion,
        String instrumentCategory,
        Money bookingFee,
        Money redeemed,
        Money released,
        Instant redeemedAt,
        @Schema(nullable = true) String issuingLocality)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return voucherId.toString();
    }
}
