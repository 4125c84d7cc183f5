package io.deltashare.contracts.events;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.booking.BookingDelivered;
import io.deltashare.contracts.booking.BookingDisputed;
import io.deltashare.contracts.booking.BookingNoShow;
import io.deltashare.contracts.booking.BookingRejected;
import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.booking.BookingStarted;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.catalog.ProviderUpdated;
import io.deltashare.contracts.catalog.ServiceOfferListed;
import io.deltashare.contracts.catalog.ServiceOfferUpdated;
import io.deltashare.contracts.catalog.ServiceOfferWithdrawn;
import io.deltashare.contracts.insight.SubsidiesApproved;
import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.contracts.order.OrderCancelled;
import io.deltashare.contracts.order.OrderCompleted;
import io.deltashare.contracts.order.OrderConfirmed;
import io.deltashare.contracts.order.OrderMilestoneAccepted;
import io.deltashare.contracts.order.OrderMilestoneDelivered;
import io.deltashare.contracts.order.OrderMilestoneDisputed;
import io.deltashare.contracts.order.OrderPlaced;
import io.deltashare.contracts.order.OrderRejected;
import io.deltashare.contracts.rating.RatingChanged;
import io.deltashare.contracts.rating.RatingGiven;
import io.deltashare.contracts.settlement.ClaimBatchApproved;
import io.deltashare.contracts.settlement.ClaimBatchPaid;
import io.deltashare.contracts.settlement.ClaimBatchSubmitted;
import io.deltashare.contracts.settlement.StatementIssued;
import io.deltashare.contracts.settlement.SubsidiesPaid;
import io.deltashare.contracts.voucher.VoucherApplicationRejected;
import io.deltashare.contracts.voucher.VoucherApplied;
import io.deltashare.contracts.voucher.VoucherExpired;
import io.deltashare.contracts.voucher.VoucherHeldForOrder;
import io.deltashare.contracts.voucher.VoucherIssued;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.contracts.voucher.VoucherRefusedForOrder;
import io.deltashare.contracts.voucher.VoucherReleased;
import io.deltashare.contracts.voucher.VoucherReleasedFromOrder;
import io.deltashare.contracts.voucher.VoucherReservationRejected;
import io.deltashare.contracts.voucher.VoucherReserved;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every integration event type this version of the contracts defines. A consumer skips a known type it has no
 * handler for, but dead-letters a type it has never heard of: that is a newer producer (or a forger), and the message
 * can be replayed once the consumer understands it. {@code KnownEventsTest} keeps the list complete.
 */
public final class KnownEvents {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            ProviderRegistered.class,
            ProviderUpdated.class,
            InstrumentListed.class,
            InstrumentUpdated.class,
            InstrumentWithdrawn.class,
            ServiceOfferListed.class,
            ServiceOfferUpdated.class,
            ServiceOfferWithdrawn.class,
            BookingRequested.class,
            BookingConfirmed.class,
            BookingStarted.class,
            BookingDelivered.class,
            BookingDisputed.class,
            BookingCompleted.class,
            BookingCancelled.class,
            BookingRejected.class,
            BookingNoShow.class,
            OrderPlaced.class,
            OrderConfirmed.class,
            OrderMilestoneDelivered.class,
            OrderMilestoneAccepted.class,
            OrderMilestoneDisputed.class,
            OrderCompleted.class,
            OrderCancelled.class,
            OrderRejected.class,
            RatingGiven.class,
            RatingChanged.class,
            VoucherApplied.class,
            VoucherIssued.class,
            VoucherApplicationRejected.class,
            VoucherReserved.class,
            VoucherReservationRejected.class,
            VoucherReleased.class,
            VoucherRedeemed.class,
            VoucherExpired.class,
            VoucherHeldForOrder.class,
            VoucherRefusedForOrder.class,
            VoucherRedeemedForMilestone.class,
            VoucherReleasedFromOrder.class,
            StatementIssued.class,
            ClaimBatchSubmitted.class,
            ClaimBatchApproved.class,
            ClaimBatchPaid.class,
            SubsidiesPaid.class,
            OrganizationAdmitted.class,
            SubsidiesApproved.class);

    private static final Map<String, EventType> BY_TYPE = ALL.stream()
            .map(IntegrationEvent::typeOf)
            .collect(Collectors.toUnmodifiableMap(EventType::value, Function.identity()));

    private KnownEvents() {}

    /** The definition of CloudEvents type {@code type}, if these contracts define it. */
    public static Optional<EventType> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The service that owns {@code topic} ({@code <service>.<aggregate>.v1}), and so the only rightful source on it. */
    public static String ownerOf(String topic) {
        int dot = topic.indexOf('.');
        return dot < 0 ? topic : topic.substring(0, dot);
    }
}
