package io.deltashare.notification.notice.messaging;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.booking.BookingRejected;
import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.order.OrderCancelled;
import io.deltashare.contracts.order.OrderCompleted;
import io.deltashare.contracts.order.OrderPlaced;
import io.deltashare.contracts.order.OrderRejected;
import io.deltashare.contracts.order.OrderSnapshot;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.notification.NotificationConfig;
import io.deltashare.notification.notice.domain.Audience;
import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.notification.notice.domain.Notice;
import io.deltashare.notification.notice.persistence.Notices;
import io.deltashare.notification.reminder.persistence.Copies;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A booking's and an order's life as notices: requested and cancelled to the provider's staff; confirmed, rejected
 * and completed (with the fee and the voucher's share) to the firm. Each event keeps the booking's copy the reminders
 * are scheduled from. Sandbox bookings and orders (a partner testing its integration) tell nobody.
 */
@ApplicationScoped
public class BookingNotices implements ConsumesEvents {

    /** The fact naming the booking a notice is about; how a later redemption finds the completion's notice. */
    static final String BOOKING = "booking";

    private final Notices notices;
    private final Copies copies;
    private final Clock clock;
    private final NotificationConfig config;
    private final EventHandlers handlers;

    BookingNotices(Notices notices, Copies copies, Clock clock, NotificationConfig config) {
        this.notices = notices;
        this.copies = copies;
        this.clock = clock;
        this.config = config;
        this.handlers = EventHandlers.create()
                .on(
                        BookingRequested.class,
                        (e, envelope) -> booking(
                                envelope, e.booking(), Kind.BOOKING_REQUESTED, toProvider(e.booking()), Map.of()))
                .on(
                        BookingConfirmed.class,
                        (e, envelope) ->
                                booking(envelope, e.booking(), Kind.BOOKING_CONFIRMED, toFirm(e.booking()), Map.of()))
                .on(
                        BookingRejected.class,
                        (e, envelope) -> booking(
                                envelope, e.booking(), Kind.BOOKING_REJECTED, toFirm(e.booking()), reason(e.reason())))
                .on(
                        BookingCancelled.class,
                        (e, envelope) -> booking(
                                envelope,
                                e.booking(),
                                Kind.BOOKING_CANCELLED,
                                toProvider(e.booking()),
                                Map.of("charge", Long.toString(e.charge().fen()))))
                .on(BookingCompleted.class, (e, envelope) -> completed(envelope, e.booking()))
                .on(VoucherRedeemed.class, (e, envelope) -> redeemed(e))
                .on(
                        OrderPlaced.class,
                        (e, envelope) -> order(
                                envelope,
                                e.order(),
                                Kind.ORDER_PLACED,
                                Audience.membersOf(e.order().providerOrganizationId())))
                .on(
                        OrderCompleted.class,
                        (e, envelope) -> order(
                                envelope,
                                e.order(),
                                Kind.ORDER_COMPLETED,
                                Audience.membersOf(e.order().firmOrganizationId())))
                .on(
                        OrderCancelled.class,
                        (e, envelope) -> order(
                                envelope,
                                e.order(),
                                Kind.ORDER_CANCELLED,
                                Audience.membersOf(e.order().providerOrganizationId())))
                .on(
                        OrderRejected.class,
                        (e, envelope) -> order(
                                envelope,
                                e.order(),
                                Kind.ORDER_REJECTED,
                                Audience.membersOf(e.order().firmOrganizationId())));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    private void booking(
            CloudEvent envelope, BookingSnapshot booking, Kind kind, Audience audience, Map<String, String> more) {
        if (booking.sandbox()) {
            return;
        }
        copies.booking(booking);
        Instant now = clock.instant();
        notices.add(new Notice(envelope.id(), kind, audience, facts(booking, more)), now, now);
    }

    /** With a voucher, the e-mail waits for the voucher's share, until the redemption comes or the wait is over. */
    private void completed(CloudEvent envelope, BookingSnapshot booking) {
        if (booking.sandbox()) {
            return;
        }
        copies.booking(booking);
        Instant now = clock.instant();
        Map<String, String> more = new HashMap<>();
        Optional<Long> share = booking.voucherId() == null ? Optional.empty() : copies.voucherShare(booking.id());
        share.ifPresent(fen -> more.put("voucherShare", Long.toString(fen)));
        Instant addressFrom = booking.voucherId() != null && share.isEmpty()
                ? now.plus(config.reminders().voucherShareWait())
                : now;
        notices.add(
                new Notice(envelope.id(), Kind.BOOKING_COMPLETED, toFirm(booking), facts(booking, more)),
                now,
                addressFrom);
    }

    private void redeemed(VoucherRedeemed redemption) {
        copies.voucherShare(redemption.bookingId(), redemption.redeemed().fen());
        notices.complete(
                Kind.BOOKING_COMPLETED,
                BOOKING,
                redemption.bookingId().toString(),
                Map.of("voucherShare", Long.toString(redemption.redeemed().fen())),
                clock.instant());
    }

    private void order(CloudEvent envelope, OrderSnapshot order, Kind kind, Audience audience) {
        if (order.sandbox()) {
            return;
        }
        Map<String, String> facts = new HashMap<>();
        facts.put("order", order.id().toString());
        facts.put("title", order.title());
        facts.put("serviceZh", order.serviceName().zh());
        facts.put("serviceEn", order.serviceName().en());
        facts.put("provider", order.providerOrganizationId().toString());
        facts.put("firm", order.firmOrganizationId().toString());
        facts.put("price", Long.toString(order.price().fen()));
        if (order.voucherHeld() != null) {
            facts.put("voucherHeld", Long.toString(order.voucherHeld().fen()));
        }
        Instant now = clock.instant();
        notices.add(new Notice(envelope.id(), kind, audience, facts), now, now);
    }

    static Audience toProvider(BookingSnapshot booking) {
        return Audience.membersOf(booking.providerOrganizationId());
    }

    static Audience toFirm(BookingSnapshot booking) {
        return Audience.membersOf(booking.firmOrganizationId());
    }

    /** What every booking e-mail may say: which booking, of what, where, when, for how much. */
    static Map<String, String> facts(BookingSnapshot booking, Map<String, String> more) {
        Map<String, String> facts = new HashMap<>(more);
        facts.put(BOOKING, booking.id().toString());
        facts.put("instrument", booking.instrumentId().toString());
        facts.put("category", booking.instrumentCategory());
        facts.put("provider", booking.providerOrganizationId().toString());
        facts.put("firm", booking.firmOrganizationId().toString());
        facts.put("mode", booking.mode());
        if (booking.start() != null) {
            facts.put("start", booking.start().toString());
            facts.put("end", booking.end().toString());
        }
        if (booking.samples() != null) {
            facts.put("samples", booking.samples().toString());
        }
        facts.put("fee", Long.toString(booking.fee().amount().fen()));
        if (booking.voucherId() != null) {
            facts.put("voucher", booking.voucherId().toString());
        }
        return facts;
    }

    private static Map<String, String> reason(String reason) {
        return reason == null ? Map.of() : Map.of("reason", reason);
    }
}
