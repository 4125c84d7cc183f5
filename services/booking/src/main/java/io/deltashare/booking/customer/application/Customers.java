package io.deltashare.booking.customer.application;

import io.deltashare.booking.reservation.domain.PriceTier;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who buys: a firm's staff, the researchers of a research organization, or a partner portal for a firm linked to it,
 * for bookings and orders alike. What a customer may see of a purchase follows from the organizations it acts for.
 */
public final class Customers {

    private Customers() {}

    /** Who a purchase is made for, and the price list it buys from. */
    public record Customer(Caller.Organization organization, PriceTier tier) {}

    /**
     * The customer a purchase is made for: the caller's own firm or research organization, or for a partner the linked
     * firm it names. Its tier follows from what it was admitted as: researchers buy at the academic price.
     */
    public static Customer buying(Caller caller, UUID named, String what) {
        if (!caller.isCustomer() && !caller.isPartner()) {
            throw Rejected.forbidden("only firms, researchers, and partner portals for their linked firms, " + what);
        }
        Caller.Organization customer = caller.customerActedFor(named)
                .orElseThrow(
                        () -> Rejected.forbidden(
                                caller.isPartner()
                                        ? "a partner client acts for a firm linked to it: name one in firmOrganizationId"
                                        : "the token must name exactly one organization, the one in firmOrganizationId if given"));
        if (customer.region().isEmpty()) {
            throw Rejected.forbidden("the organization " + customer.alias() + " has no region");
        }
        return new Customer(customer, caller.isResearcher() ? PriceTier.ACADEMIC : PriceTier.ENTERPRISE);
    }

    /**
     * A partner in sandbox mode tests its integration with money nobody pays: its bookings and orders are paid by no
     * voucher, so naming one is refused (and {@code "voucher": "auto"} finds none).
     */
    public static void refuseVoucherInTheSandbox(UUID voucherId, Caller caller) {
        if (caller.sandbox() && voucherId != null) {
            throw Rejected.invalid(
                    "voucherId", "a partner in sandbox mode books and orders without vouchers; leave voucherId out");
        }
    }

    /** The organizations whose purchases a list shows the caller (its own and its linked firms); null for the admin. */
    public static Set<UUID> listedOrganizations(Caller caller) {
        if (caller.isAdmin()) {
            return null;
        }
        Set<UUID> organizations = new HashSet<>(caller.organizations().keySet());
        organizations.addAll(caller.firmsActedFor());
        return organizations;
    }
}
