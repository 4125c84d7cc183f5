package io.deltashare.settlement.ledger.application;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.settlement.ledger.domain.PostingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Turns booking and voucher events into journal transactions, one per event, referencing the event id. Runs in the
 * inbox's transaction; a redelivered event finds its id posted and writes nothing.
 */
@ApplicationScoped
public class EventPostings {

    private final Journal journal;
    private final EntityManager entityManager;

    EventPostings(Journal journal, EntityManager entityManager) {
        this.journal = journal;
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingCompleted(BookingSnapshot booking, CloudEvent envelope) {
        long fee = booking.fee().amount().fen();
        entityManager.createNativeQuery("""
                        INSERT INTO completed_booking (booking_id, firm_organization_id, provider_organization_id,
                                                       fee_fen, completed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (booking_id) DO NOTHING""")
                .setParameter(1, booking.id()).setParameter(2, booking.firmOrganizationId())
                .setParameter(3, booking.providerOrganizationId()).setParameter(4, fee)
                .setParameter(5, Journal.utc(envelope.time())).executeUpdate();
        PostingRules.serviceDelivered(booking.firmOrganizationId(), booking.providerOrganizationId(), fee)
                .ifPresent(entry -> journal.post(Journal.Header.ofEvent("BOOKING_COMPLETED", envelope.id(), booking.id(),
                        "booking completed, " + booking.instrumentCategory() + ", fee " + booking.fee().amount().toDecimalString(),
                        envelope.time()), entry));
    }

    /** A cancellation or no-show charge: the firm owes it, the provider is owed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingCharged(String kind, BookingSnapshot booking, Money charge, CloudEvent envelope) {
        PostingRules.serviceDelivered(booking.firmOrganizationId(), booking.providerOrganizationId(), charge.fen())
                .ifPresent(entry -> journal.post(Journal.Header.ofEvent(kind, envelope.id(), booking.id(),
                        kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + charge.toDecimalString(),
                        envelope.time()), entry));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void voucherRedeemed(VoucherRedeemed redeemed, CloudEvent envelope) {
        entityManager.createNativeQuery("""
                        INSERT INTO redemption (booking_id, voucher_id, issuing_region, firm_organization_id,
                            provider_organization_id, provider_region, instrument_category, booking_fee_fen, amount_fen,
                            redeemed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (booking_id) DO NOTHING""")
                .setParameter(1, redeemed.bookingId()).setParameter(2, redeemed.voucherId())
                .setParameter(3, redeemed.issuingRegion().code()).setParameter(4, redeemed.firmOrganizationId())
                .setParameter(5, redeemed.providerOrganizationId()).setParameter(6, redeemed.providerRegion().code())
                .setParameter(7, redeemed.instrumentCategory()).setParameter(8, redeemed.bookingFee().fen())
                .setParameter(9, redeemed.redeemed().fen()).setParameter(10, Journal.utc(redeemed.redeemedAt()))
                .executeUpdate();
        PostingRules.voucherRedeemed(redeemed.issuingRegion(), redeemed.firmOrganizationId(), redeemed.redeemed().fen())
                .ifPresent(entry -> journal.post(Journal.Header.ofEvent("VOUCHER_REDEEMED", envelope.id(),
                        redeemed.bookingId(), "voucher share paid by the " + redeemed.issuingRegion().code()
                                + " bureau: " + redeemed.redeemed().toDecimalString(), redeemed.redeemedAt()), entry));
    }
}
