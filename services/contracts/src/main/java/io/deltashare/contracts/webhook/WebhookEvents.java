package io.deltashare.contracts.webhook;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.booking.BookingDelivered;
import io.deltashare.contracts.booking.BookingDisputed;
import io.deltashare.contracts.booking.BookingNoShow;
import io.deltashare.contracts.booking.BookingRejected;
import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.booking.BookingStarted;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.membership.PartnerScope;
import io.deltashare.contracts.order.OrderCancelled;
import io.deltashare.contracts.order.OrderCompleted;
import io.deltashare.contracts.order.OrderConfirmed;
import io.deltashare.contracts.order.OrderMilestoneAccepted;
import io.deltashare.contracts.order.OrderMilestoneDelivered;
import io.deltashare.contracts.order.OrderMilestoneDisputed;
import io.deltashare.contracts.order.OrderPlaced;
import io.deltashare.contracts.order.OrderRejected;
import io.deltashare.contracts.settlement.StatementIssued;
import io.deltashare.contracts.voucher.VoucherApplicationRejected;
import io.deltashare.contracts.voucher.VoucherIssued;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The events a partner portal may subscribe to (booking and order status, voucher decisions, firm statements), each with the
 * firm it concerns: a delivery goes only to partners that firm granted the event's scope.
 */
public final class WebhookEvents {

    /**
     * One subscribable event class, the scope a firm must have granted the partner for it to be sent, and how to tell
     * its firm (empty: it concerns no firm, e.g. a bureau statement).
     */
    public record Kind<E extends IntegrationEvent>(
            Class<E> eventClass, PartnerScope scope, Function<E, Optional<UUID>> firm) {

        public String type() {
            return IntegrationEvent.typeOf(eventClass).value();
        }
    }

    /** Every subscribable kind, in the order the API lists them. */
    public static final List<Kind<?>> ALL = List.of(
            new Kind<>(
                    BookingRequested.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            new Kind<>(
                    BookingConfirmed.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            new Kind<>(
                    BookingRejected.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            new Kind<>(
                    BookingStarted.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            new Kind<>(
                    BookingDelivered.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            new Kind<>(
                    BookingDisputed.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            new Kind<>(
                    BookingCompleted.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            new Kind<>(
                    BookingCancelled.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            new Kind<>(
                    BookingNoShow.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            new Kind<>(
                    OrderPlaced.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            new Kind<>(
                    OrderConfirmed.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            new Kind<>(
                    OrderRejected.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            new Kind<>(
                    OrderMilestoneDelivered.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            new Kind<>(
                    OrderMilestoneAccepted.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            new Kind<>(
                    OrderMilestoneDisputed.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            new Kind<>(
                    OrderCompleted.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            new Kind<>(
                    OrderCancelled.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            new Kind<>(
                    VoucherIssued.class,
                    PartnerScope.VOUCHERS,
                    e -> Optional.of(e.voucher().firmOrganizationId())),
            new Kind<>(
                    VoucherApplicationRejected.class, PartnerScope.VOUCHERS, e -> Optional.of(e.firmOrganizationId())),
            new Kind<>(
                    StatementIssued.class,
                    PartnerScope.STATEMENTS,
                    e -> "FIRM".equals(e.partyKind()) ? Optional.ofNullable(e.partyId()) : Optional.empty()));

    /** The CloudEvents types of {@link #ALL}, in the same order. */
    public static final List<String> TYPES = ALL.stream().map(Kind::type).toList();

    /** The scope a firm grants for events of {@code type} to reach a partner; empty for a type that is not sent. */
    public static Optional<PartnerScope> scopeOf(String type) {
        return ALL.stream()
                .filter(kind -> kind.type().equals(type))
                .map(Kind::scope)
                .findFirst();
    }

    private WebhookEvents() {}
}
