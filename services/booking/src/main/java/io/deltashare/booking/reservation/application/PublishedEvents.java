package io.deltashare.booking.reservation.application;

import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingEvent;
import io.deltashare.booking.reservation.domain.Pricing;
import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.booking.BookingDelivered;
import io.deltashare.contracts.booking.BookingDisputed;
import io.deltashare.contracts.booking.BookingNoShow;
import io.deltashare.contracts.booking.BookingRejected;
import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.booking.BookingStarted;
import io.deltashare.contracts.booking.Fee;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.money.Money;
import java.util.Optional;

/** What the other services are told of a booking's domain events: the integration events of {@code contracts}. */
final class PublishedEvents {

    private PublishedEvents() {}

    /** The integration event of {@code event}; none where the others have no business knowing. */
    static Optional<IntegrationEvent> of(BookingEvent event) {
        BookingSnapshot b = snapshot(event.booking());
        IntegrationEvent published;
        if (event instanceof BookingEvent.Requested) {
            published = new BookingRequested(b);
        } else if (event instanceof BookingEvent.Confirmed) {
            published = new BookingConfirmed(b);
        } else if (event instanceof BookingEvent.Rejected rejected) {
            published = new BookingRejected(b, rejected.reason());
        } else if (event instanceof BookingEvent.Started) {
            published = new BookingStarted(b);
        } else if (event instanceof BookingEvent.Delivered delivered) {
            published = new BookingDelivered(b, delivered.disputableUntil(), delivered.firmConsentRequired());
        } else if (event instanceof BookingEvent.Disputed disputed) {
            published = new BookingDisputed(b, disputed.reason());
        } else if (event instanceof BookingEvent.Completed) {
            published = new BookingCompleted(b);
        } else if (event instanceof BookingEvent.NoShow noShow) {
            published = new BookingNoShow(b, Money.ofFen(noShow.chargeFen()));
        } else if (event instanceof BookingEvent.Cancelled cancelled) {
            published = new BookingCancelled(b, Money.ofFen(cancelled.chargeFen()));
        } else {
            published = null; // AwaitingApproval: between the firm and the provider
        }
        return Optional.ofNullable(published);
    }

    static BookingSnapshot snapshot(Booking b) {
        var p = b.parties();
        return new BookingSnapshot(
                b.id(),
                p.instrumentId(),
                p.instrumentCategory(),
                p.providerId(),
                p.providerOrganizationId(),
                p.providerRegion(),
                p.firmOrganizationId(),
                p.firmRegion(),
                b.mode().name(),
                b.start(),
                b.end(),
                b.samples(),
                b.tier(),
                fee(b.fee()),
                b.voucherId(),
                b.status().name(),
                b.version(),
                p.sandbox());
    }

    static Fee fee(Pricing pricing) {
        return new Fee(
                pricing.unit(),
                pricing.quantity().stripTrailingZeros().toPlainString(),
                Money.ofFen(pricing.unitPriceFen()),
                Money.ofFen(pricing.amountFen()));
    }
}
