package io.deltashare.booking.order.application;

import io.deltashare.booking.order.domain.Milestone;
import io.deltashare.booking.order.domain.MilestoneStatus;
import io.deltashare.booking.order.domain.OrderParties;
import io.deltashare.booking.order.domain.OrderStatus;
import io.deltashare.booking.order.domain.ServiceOrder;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order as the API shows it: the quote's frozen terms, the milestones, what is billed so far. */
public record OrderView(
        UUID id,
        UUID quoteRequestId,
        UUID quoteId,
        UUID firmOrganizationId,
        Region firmRegion,
        UUID serviceOfferId,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,

        @Schema(description = "the provider is in another region than the firm (跨区域)")
        boolean crossRegion,

        String kind,
        String category,
        LocalizedText serviceName,
        String title,
        String deliverables,
        Money price,
        java.util.List<MilestoneView> milestones,

        @Schema(description = "the accepted milestones' amounts: what the order has billed")
        Money billed,

        int cancellationFeePercent,
        @Schema(nullable = true) String cancellationTerms,

        @Schema(nullable = true, description = "what cancelling now would cost; absent once the order ended")
        Money cancellationFee,

        @Schema(nullable = true) UUID voucherId,
        Money voucherHeld,
        String status,

        @Schema(nullable = true, description = "why the order was rejected (its voucher would not pay)")
        String rejectionReason,

        Instant placedAt,
        long version,

        @Schema(
                description =
                        "placed by a partner in sandbox mode to test its integration: no voucher pays it, and no statement, claim or indicator counts it")
        boolean sandbox) {

    /** A milestone of the order and where it stands. */
    @Schema(name = "OrderMilestone")
    public record MilestoneView(
            int number,
            String title,
            Money amount,
            LocalDate due,
            String status,
            @Schema(nullable = true) String deliveryNote,
            @Schema(nullable = true) Instant deliveredAt,
            @Schema(nullable = true) String disputeReason,
            @Schema(nullable = true) Instant acceptedAt) {

        static MilestoneView of(Milestone m) {
            return new MilestoneView(
                    m.number(),
                    m.title(),
                    Money.ofFen(m.amountFen()),
                    m.due(),
                    m.status().name(),
                    m.deliveryNote(),
                    m.deliveredAt(),
                    m.disputeReason(),
                    m.acceptedAt());
        }
    }

    public static OrderView of(ServiceOrder order) {
        OrderParties p = order.parties();
        long billed = order.milestones().stream()
                .filter(m -> m.status() == MilestoneStatus.ACCEPTED)
                .mapToLong(Milestone::amountFen)
                .sum();
        boolean open = order.status() == OrderStatus.ACTIVE || order.status() == OrderStatus.AWAITING_VOUCHER;
        return new OrderView(
                order.id(),
                order.quoteRequestId(),
                order.quoteId(),
                p.firmOrganizationId(),
                p.firmRegion(),
                p.serviceOfferId(),
                p.providerId(),
                p.providerOrganizationId(),
                p.providerRegion(),
                !p.firmRegion().equals(p.providerRegion()),
                p.kind().name(),
                p.category(),
                p.serviceName(),
                order.title(),
                order.deliverables(),
                Money.ofFen(order.priceFen()),
                order.milestones().stream().map(MilestoneView::of).toList(),
                Money.ofFen(billed),
                order.cancellationFeePercent(),
                order.cancellationTerms(),
                open ? Money.ofFen(order.cancellationFee()) : null,
                order.voucherId(),
                Money.ofFen(order.voucherHeldFen()),
                order.status().name(),
                order.rejectionReason(),
                order.placedAt(),
                order.version(),
                p.sandbox());
    }
}
