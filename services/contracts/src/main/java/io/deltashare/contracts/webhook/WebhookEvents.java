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
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.contracts.catalog.ServiceOfferListed;
import io.deltashare.contracts.catalog.ServiceOfferSnapshot;
import io.deltashare.contracts.catalog.ServiceOfferUpdated;
import io.deltashare.contracts.catalog.ServiceOfferWithdrawn;
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
 * The events a partner portal may subscribe to: booking and order status, voucher decisions and firm statements, each
 * with the firm it concerns, sent only to partners that firm granted the event's scope; and the public catalog's
 * listings, changes and withdrawals, sent to every subscription that wants them, filtered by region and category.
 */
public final class WebhookEvents {

    /** Where a catalog event's listing is, for a subscription's {@code regions} and {@code categories} filters. */
    public record Listing(String region, String category) {}

    /**
     * One subscribable event class. A firm's event names the scope the firm must have granted the partner for it to be
     * sent, and how to tell the firm (empty: it concerns no firm, e.g. a bureau statement, and is not sent). A catalog
     * event is public, as the catalog is: it goes to every subscription that wants it and whose filters its listing
     * passes.
     */
    public record Kind<E extends IntegrationEvent>(
            Class<E> eventClass,
            Optional<PartnerScope> scope,
            Function<E, Optional<UUID>> firm,
            Function<E, Optional<Listing>> listing) {

        static <E extends IntegrationEvent> Kind<E> ofFirm(
                Class<E> eventClass, PartnerScope scope, Function<E, Optional<UUID>> firm) {
            return new Kind<>(eventClass, Optional.of(scope), firm, e -> Optional.empty());
        }

        static <E extends IntegrationEvent> Kind<E> ofCatalog(Class<E> eventClass, Function<E, Listing> listing) {
            return new Kind<>(eventClass, Optional.empty(), e -> Optional.empty(), e -> Optional.of(listing.apply(e)));
        }

        public String type() {
            return IntegrationEvent.typeOf(eventClass).value();
        }

        /** A catalog event: no firm, no grant needed. */
        public boolean isPublic() {
            return scope.isEmpty();
        }
    }

    /** Every subscribable kind, in the order the API lists them. */
    public static final List<Kind<?>> ALL = List.of(
            Kind.ofFirm(
                    BookingRequested.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            Kind.ofFirm(
                    BookingConfirmed.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            Kind.ofFirm(
                    BookingRejected.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            Kind.ofFirm(
                    BookingStarted.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            Kind.ofFirm(
                    BookingDelivered.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            Kind.ofFirm(
                    BookingDisputed.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            Kind.ofFirm(
                    BookingCompleted.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            Kind.ofFirm(
                    BookingCancelled.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            Kind.ofFirm(
                    BookingNoShow.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.booking().firmOrganizationId())),
            Kind.ofFirm(
                    OrderPlaced.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            Kind.ofFirm(
                    OrderConfirmed.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            Kind.ofFirm(
                    OrderRejected.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            Kind.ofFirm(
                    OrderMilestoneDelivered.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            Kind.ofFirm(
                    OrderMilestoneAccepted.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            Kind.ofFirm(
                    OrderMilestoneDisputed.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            Kind.ofFirm(
                    OrderCompleted.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            Kind.ofFirm(
                    OrderCancelled.class,
                    PartnerScope.BOOK,
                    e -> Optional.of(e.order().firmOrganizationId())),
            Kind.ofFirm(
                    VoucherIssued.class,
                    PartnerScope.VOUCHERS,
                    e -> Optional.of(e.voucher().firmOrganizationId())),
            Kind.ofFirm(
                    VoucherApplicationRejected.class, PartnerScope.VOUCHERS, e -> Optional.of(e.firmOrganizationId())),
            Kind.ofFirm(
                    StatementIssued.class,
                    PartnerScope.STATEMENTS,
                    e -> "FIRM".equals(e.partyKind()) ? Optional.ofNullable(e.partyId()) : Optional.empty()),
            Kind.ofCatalog(InstrumentListed.class, e -> listing(e.instrument())),
            Kind.ofCatalog(InstrumentUpdated.class, e -> listing(e.instrument())),
            Kind.ofCatalog(InstrumentWithdrawn.class, e -> listing(e.instrument())),
            Kind.ofCatalog(ServiceOfferListed.class, e -> listing(e.offer())),
            Kind.ofCatalog(ServiceOfferUpdated.class, e -> listing(e.offer())),
            Kind.ofCatalog(ServiceOfferWithdrawn.class, e -> listing(e.offer())));

    /** The CloudEvents types of {@link #ALL}, in the same order. */
    public static final List<String> TYPES = ALL.stream().map(Kind::type).toList();

    /** The scope a firm grants for events of {@code type} to reach a partner; empty for a catalog event or an unknown type. */
    public static Optional<PartnerScope> scopeOf(String type) {
        return ALL.stream().filter(kind -> kind.type().equals(type)).findFirst().flatMap(Kind::scope);
    }

    /** Whether events of {@code type} are public catalog events. */
    public static boolean isPublic(String type) {
        return ALL.stream().anyMatch(kind -> kind.type().equals(type) && kind.isPublic());
    }

    private static Listing listing(InstrumentSnapshot instrument) {
        return new Listing(instrument.providerRegion().code(), instrument.category());
    }

    private static Listing listing(ServiceOfferSnapshot offer) {
        return new Listing(offer.providerRegion().code(), offer.category());
    }

    private WebhookEvents() {}
}
