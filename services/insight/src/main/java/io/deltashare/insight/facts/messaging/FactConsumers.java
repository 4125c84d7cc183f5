package io.deltashare.insight.facts.messaging;

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
import io.deltashare.contracts.settlement.ClaimBatchPaid;
import io.deltashare.contracts.voucher.VoucherApplied;
import io.deltashare.contracts.voucher.VoucherIssued;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.insight.facts.persistence.Facts;
import io.deltashare.insight.facts.persistence.Facts.Moment;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Everything the indicators count, from the services that own it: the catalog's providers and listings, membership's
 * admissions, innovation-voucher's applications, issues and redemptions, settlement's paid claim batches, booking's
 * bookings, orders and ratings. Each event is applied once through the inbox; a moment without a field of its own (when a voucher was
 * issued, a batch paid, a booking decided) is the event's CloudEvents {@code time}, which its service sets from its
 * clock in the transaction that made it happen.
 */
@ApplicationScoped
public class FactConsumers implements ConsumesEvents {

    private final EventHandlers handlers;

    FactConsumers(Facts facts) {
        this.handlers = EventHandlers.create()
                .on(ProviderRegistered.class, (e, envelope) -> facts.provider(e.provider()))
                .on(ProviderUpdated.class, (e, envelope) -> facts.provider(e.provider()))
                .on(InstrumentListed.class, (e, envelope) -> facts.instrument(e.instrument(), envelope.time()))
                .on(InstrumentUpdated.class, (e, envelope) -> facts.instrument(e.instrument(), envelope.time()))
                .on(InstrumentWithdrawn.class, (e, envelope) -> facts.instrument(e.instrument(), envelope.time()))
                .on(ServiceOfferListed.class, (e, envelope) -> facts.serviceOffer(e.offer(), envelope.time()))
                .on(ServiceOfferUpdated.class, (e, envelope) -> facts.serviceOffer(e.offer(), envelope.time()))
                .on(ServiceOfferWithdrawn.class, (e, envelope) -> facts.serviceOffer(e.offer(), envelope.time()))
                .on(OrganizationAdmitted.class, (e, envelope) -> facts.organization(e.organization(), envelope.time()))
                .on(VoucherApplied.class, (e, envelope) -> facts.applied(e))
                .on(VoucherIssued.class, (e, envelope) -> facts.issued(e.applicationId(), e.voucher(), envelope.time()))
                .on(VoucherRedeemed.class, (e, envelope) -> facts.redeemed(e))
                .on(VoucherRedeemedForMilestone.class, (e, envelope) -> facts.redeemed(e))
                .on(
                        ClaimBatchPaid.class,
                        (e, envelope) ->
                                facts.cashed(e.batchId(), e.region().code(), e.month(), e.total(), envelope.time()))
                .on(
                        BookingRequested.class,
                        (e, envelope) -> facts.booking(e.booking(), Moment.REQUESTED, envelope.time()))
                .on(
                        BookingConfirmed.class,
                        (e, envelope) -> facts.booking(e.booking(), Moment.DECIDED, envelope.time()))
                .on(BookingRejected.class, (e, envelope) -> facts.booking(e.booking(), Moment.DECIDED, envelope.time()))
                .on(BookingStarted.class, (e, envelope) -> facts.booking(e.booking(), Moment.OTHER, envelope.time()))
                .on(BookingDelivered.class, (e, envelope) -> facts.booking(e.booking(), Moment.OTHER, envelope.time()))
                .on(BookingDisputed.class, (e, envelope) -> facts.booking(e.booking(), Moment.OTHER, envelope.time()))
                .on(
                        BookingCompleted.class,
                        (e, envelope) -> facts.booking(e.booking(), Moment.COMPLETED, envelope.time()))
                .on(BookingCancelled.class, (e, envelope) -> facts.booking(e.booking(), Moment.OTHER, envelope.time()))
                .on(BookingNoShow.class, (e, envelope) -> facts.booking(e.booking(), Moment.OTHER, envelope.time()))
                .on(OrderPlaced.class, (e, envelope) -> facts.order(e.order(), envelope.time()))
                .on(OrderConfirmed.class, (e, envelope) -> facts.order(e.order(), envelope.time()))
                .on(OrderRejected.class, (e, envelope) -> facts.order(e.order(), envelope.time()))
                .on(OrderMilestoneDelivered.class, (e, envelope) -> facts.order(e.order(), envelope.time()))
                .on(OrderMilestoneAccepted.class, (e, envelope) -> facts.order(e.order(), envelope.time()))
                .on(OrderMilestoneDisputed.class, (e, envelope) -> facts.order(e.order(), envelope.time()))
                .on(OrderCompleted.class, (e, envelope) -> facts.order(e.order(), envelope.time()))
                .on(OrderCancelled.class, (e, envelope) -> facts.order(e.order(), envelope.time()))
                .on(RatingGiven.class, (e, envelope) -> facts.rating(e.rating()))
                .on(RatingChanged.class, (e, envelope) -> facts.rating(e.rating()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
