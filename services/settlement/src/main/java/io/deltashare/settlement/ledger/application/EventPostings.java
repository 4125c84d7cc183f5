package io.deltashare.settlement.ledger.application;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.settlement.claim.persistence.Redemptions;
import io.deltashare.settlement.ledger.domain.PostingRules;
import io.deltashare.settlement.ledger.persistence.Journal;
import io.deltashare.settlement.ledger.persistence.LedgerQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Turns booking and voucher events into journal transactions, one per event, referencing the event id. Runs in the
 * inbox's transaction; a redelivered event finds its id posted and writes nothing.
 */
@ApplicationScoped
public class EventPostings {

    private final Journal journal;
    private final LedgerQueries queries;
    private final Redemptions redemptions;

    EventPostings(Journal journal, LedgerQueries queries, Redemptions redemptions) {
        this.journal = journal;
        this.queries = queries;
        this.redemptions = redemptions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingCompleted(BookingSnapshot booking, CloudEvent envelope) {
        long fee = booking.fee().amount().fen();
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
}
