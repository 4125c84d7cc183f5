package io.deltashare.settlement.ledger.application;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.order.OrderSnapshot;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.platform.inbox.EventRefusedException;
import io.deltashare.settlement.claim.persistence.Redemptions;
import io.deltashare.settlement.ledger.domain.PostingRules;
import io.deltashare.settlement.ledger.persistence.Journal;
import io.deltashare.settlement.ledger.persistence.LedgerQueries;
import io.deltashare.settlement.names.persistence.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Turns booking, order and voucher events into journal transactions, one per event, referencing the event id. Runs in the
 * inbox's transaction; a redelivered event finds its id posted and writes nothing. The bookings and orders of a partner
 * in sandbox mode are tests: nobody owes anything for them, so they post nothing (and no voucher pays them).
 */
@ApplicationScoped
public class EventPostings {

    private final Journal journal;
    private final LedgerQueries queries;
    private final Redemptions redemptions;
    private final Names names;

    EventPostings(Journal journal, LedgerQueries queries, Redemptions redemptions, Names names) {
        this.journal = journal;
        this.queries = queries;
        this.redemptions = redemptions;
        this.names = names;
    }

    /** What a statement line of the booking names: its instrument, its provider. */
    private void reference(BookingSnapshot booking) {
        names.reference(new Names.Reference(
                booking.id(),
                "BOOKING",
                booking.instrumentId(),
                booking.providerOrganizationId(),
                booking.firmOrganizationId()));
    }

    /** What a statement line of the order names: its service (by the name the order carries, until the catalog's). */
    private void reference(OrderSnapshot order) {
        names.nameIfUnknown(order.serviceOfferId(), Names.Kind.SERVICE_OFFER, order.serviceName());
        names.reference(new Names.Reference(
                order.id(),
                "ORDER",
                order.serviceOfferId(),
                order.providerOrganizationId(),
                order.firmOrganizationId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingCompleted(BookingSnapshot booking, CloudEvent envelope) {
        if (booking.sandbox()) {
            return;
        }
        long fee = booking.fee().amount().fen();
        reference(booking);
        queries.recordCompletedBooking(
                booking.id(), booking.firmOrganizationId(), booking.providerOrganizationId(), fee, envelope.time());
        PostingRules.serviceDelivered(booking.firmOrganizationId(), booking.providerOrganizationId(), fee)
                .ifPresent(entry -> journal.post(
                        Journal.Header.ofEvent(
                                "BOOKING_COMPLETED",
                                envelope.id(),
                                booking.id(),
                                "booking completed, " + booking.instrumentCategory() + ", fee "
                                        + booking.fee().amount().toDecimalString(),
                                envelope.time()),
                        entry));
    }

    /** A cancellation or no-show charge: the firm owes it, the provider is owed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingCharged(String kind, BookingSnapshot booking, Money charge, CloudEvent envelope) {
        if (booking.sandbox()) {
            return;
        }
        reference(booking);
        PostingRules.serviceDelivered(booking.firmOrganizationId(), booking.providerOrganizationId(), charge.fen())
                .ifPresent(entry -> journal.post(
                        Journal.Header.ofEvent(
                                kind,
                                envelope.id(),
                                booking.id(),
                                kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
                                        + charge.toDecimalString(),
                                envelope.time()),
                        entry));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void voucherRedeemed(VoucherRedeemed redeemed, CloudEvent envelope) {
        redemptions.record(redeemed);
        PostingRules.voucherRedeemed(
                        redeemed.issuingRegion(),
                        redeemed.firmOrganizationId(),
                        redeemed.redeemed().fen())
                .ifPresent(entry -> journal.post(
                        Journal.Header.ofEvent(
                                "VOUCHER_REDEEMED",
                                envelope.id(),
                                redeemed.bookingId(),
                                "voucher share paid by the "
                                        + redeemed.issuingRegion().code() + " bureau: "
                                        + redeemed.redeemed().toDecimalString(),
                                redeemed.redeemedAt()),
                        entry));
    }

    /** The firm accepted a milestone of an order: the firm owes its amount, the provider is owed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void orderMilestoneAccepted(OrderSnapshot order, int milestone, CloudEvent envelope) {
        if (order.sandbox()) {
            return;
        }
        if (milestone < 1 || milestone > order.milestones().size()) {
            throw new EventRefusedException("order " + order.id() + " has no milestone " + milestone);
        }
        OrderSnapshot.Milestone part = order.milestones().get(milestone - 1);
        reference(order);
        PostingRules.serviceDelivered(
                        order.firmOrganizationId(),
                        order.providerOrganizationId(),
                        part.amount().fen())
                .ifPresent(entry -> journal.post(
                        Journal.Header.ofOrderEvent(
                                "ORDER_MILESTONE_ACCEPTED",
                                envelope.id(),
                                order.id(),
                                "milestone " + milestone,
                                "order milestone " + milestone + " of "
                                        + order.milestones().size() + " accepted, "
                                        + order.kind() + " " + order.category() + ", "
                                        + part.amount().toDecimalString(),
                                envelope.time()),
                        entry));
    }

    /** The firm cancelled an order: it owes the cancellation fee, the provider is owed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void orderCancelled(OrderSnapshot order, Money fee, CloudEvent envelope) {
        if (order.sandbox()) {
            return;
        }
        reference(order);
        PostingRules.serviceDelivered(order.firmOrganizationId(), order.providerOrganizationId(), fee.fen())
                .ifPresent(entry -> journal.post(
                        Journal.Header.ofOrderEvent(
                                "ORDER_CANCELLATION_FEE",
                                envelope.id(),
                                order.id(),
                                "cancellation",
                                "order cancellation fee " + fee.toDecimalString(),
                                envelope.time()),
                        entry));
    }

    /** A voucher paid its share of an accepted milestone: the issuing bureau owes it instead of the firm. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voucherRedeemedForMilestone(VoucherRedeemedForMilestone redeemed, CloudEvent envelope) {
        redemptions.record(redeemed);
        PostingRules.voucherRedeemed(
                        redeemed.issuingRegion(),
                        redeemed.firmOrganizationId(),
                        redeemed.redeemed().fen())
                .ifPresent(entry -> journal.post(
                        Journal.Header.ofOrderEvent(
                                "VOUCHER_REDEEMED_MILESTONE",
                                envelope.id(),
                                redeemed.orderId(),
                                "milestone " + redeemed.milestone(),
                                "voucher share of milestone " + redeemed.milestone() + " paid by the "
                                        + redeemed.issuingRegion().code() + " bureau: "
                                        + redeemed.redeemed().toDecimalString(),
                                redeemed.redeemedAt()),
                        entry));
    }
}
