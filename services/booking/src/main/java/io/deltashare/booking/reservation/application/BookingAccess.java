package io.deltashare.booking.reservation.application;

import io.deltashare.booking.customer.application.Customers;
import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
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
    static Customers.Customer customerBooking(Caller caller, UUID named) {
        return Customers.buying(caller, named, "book instruments");
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
        return Customers.listedOrganizations(caller);
    }
}
