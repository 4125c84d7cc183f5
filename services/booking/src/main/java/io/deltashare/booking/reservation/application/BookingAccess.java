package io.deltashare.booking.reservation.application;

import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.PriceTier;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and move a booking: the customer that booked (a firm's staff, a partner portal linked to the firm, or
 * the researchers of a research organization), the provider's
 * staff, and the platform admin, who sees every booking. A booking the caller may not see does not exist to it.
 */
final class BookingAccess {

    private BookingAccess() {}

    /** Who a booking is made for, and the price list it books from. */
    record Customer(Caller.Organization organization, PriceTier tier) {}

    /**
     * The customer a booking is made for: the caller's own firm or research organization, or for a partner the linked
     * firm it names. Its tier follows from what it was admitted as: researchers book at the academic price.
     */
    static Customer customerBooking(Caller caller, UUID named) {
        if (!caller.isCustomer() && !caller.isPartner()) {
            throw Rejected.forbidden(
                    "only firms, researchers, and partner portals for their linked firms, book instruments");
        }
        Caller.Organization customer = caller.customerActedFor(named)
                .orElseThrow(
                        () -> Rejected.forbidden(
                                caller.isPartner()
                                        ? "a partner client books for a firm linked to it: name one in firmOrganizationId"
                                        : "the token must name exactly one organization, the one in firmOrganizationId if given"));
        if (customer.region().isEmpty()) {
            throw Rejected.forbidden("the organization " + customer.alias() + " has no region");
        }
        return new Customer(customer, caller.isResearcher() ? PriceTier.ACADEMIC : PriceTier.ENTERPRISE);
    }

    static boolean visible(Booking booking, Caller caller) {
        return caller.isAdmin()
                || caller.actsFor(booking.parties().firmOrganizationId())
                || caller.isStaffOfProvider(booking.parties().providerOrganizationId());
    }

    /** {@code booking}, for a move only the provider's staff make. */
    static Booking asProvider(Booking booking, Caller caller) {
        if (!caller.isStaffOfProvider(booking.parties().providerOrganizationId())) {
            throw Rejected.forbidden("only staff of the provider may do this");
        }
        return booking;
    }

    /** {@code booking}, for a move only the firm that booked (or its partner portal) makes. */
    static Booking asBookingFirm(Booking booking, Caller caller, String what) {
        if (!caller.actsFor(booking.parties().firmOrganizationId())) {
            throw Rejected.forbidden("only the firm that booked (or its partner portal) may " + what);
        }
        return booking;
    }

    /** The organizations whose bookings a list shows the caller; null for the admin, who sees all. */
    static Set<UUID> listedOrganizations(Caller caller) {
        if (caller.isAdmin()) {
            return null;
        }
        Set<UUID> organizations = new HashSet<>(caller.organizations().keySet());
        organizations.addAll(caller.firmsActedFor());
        return organizations;
    }
}
