package io.deltashare.gateway;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which service answers which part of {@code /api/v1}: the first path segment names a collection, and each collection
 * has one owner, except that an instrument's maintenance blocks and calendar belong to booking, the instrument itself
 * to the catalog. A lookup by segment rather than a list of regular expressions: this runs for every request.
 */
public final class Routes {

    /** The gateway's own part of the API (webhooks), answered here after the edge checks. */
    public static final String GATEWAY = "gateway";

    private static final String PREFIX = "/api/v1/";
    private static final String BOOKING = "booking";
    private static final String CATALOG = "instrument-catalog";
    private static final String VOUCHER = "innovation-voucher";
    private static final String SETTLEMENT = "settlement";
    private static final String MEMBERSHIP = "membership";
    private static final String INSIGHT = "insight";
    private static final String NOTIFICATION = "notification";

    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("webhooks", GATEWAY),
            Map.entry("bookings", BOOKING),
            Map.entry("quotes", BOOKING),
            Map.entry("quote-requests", BOOKING),
            Map.entry("orders", BOOKING),
            Map.entry("ratings", BOOKING),
            Map.entry("availability", BOOKING),
            Map.entry("providers", CATALOG),
            Map.entry("instruments", CATALOG),
            Map.entry("instrument-categories", CATALOG),
            Map.entry("service-offers", CATALOG),
            Map.entry("catalog-changes", CATALOG),
            Map.entry("voucher-programs", VOUCHER),
            Map.entry("voucher-applications", VOUCHER),
            Map.entry("vouchers", VOUCHER),
            Map.entry("voucher-verifications", VOUCHER),
            Map.entry("voucher-statistics", VOUCHER),
            Map.entry("voucher-holds", VOUCHER),
            Map.entry("sme-registrations", VOUCHER),
            Map.entry("accounts", SETTLEMENT),
            Map.entry("payments", SETTLEMENT),
            Map.entry("journal-transactions", SETTLEMENT),
            Map.entry("statements", SETTLEMENT),
            Map.entry("statement-runs", SETTLEMENT),
            Map.entry("claim-batches", SETTLEMENT),
            Map.entry("reconciliation", SETTLEMENT),
            Map.entry("joining-applications", MEMBERSHIP),
            Map.entry("partners", MEMBERSHIP),
            Map.entry("indicators", INSIGHT),
            Map.entry("provider-reports", INSIGHT),
            Map.entry("assessment-schemes", INSIGHT),
            Map.entry("assessments", INSIGHT),
            Map.entry("subsidy-allocations", INSIGHT),
            Map.entry("subsidies", SETTLEMENT),
            Map.entry("notification-preferences", NOTIFICATION),
            Map.entry("mail-deliveries", NOTIFICATION));

    /** Every service's dead letters, {@code /api/v1/dead-letters/<service>[/...]}, go to that service. */
    private static final String DEAD_LETTERS = "dead-letters";

    private static final Set<String> SERVICES =
            Set.of(GATEWAY, BOOKING, CATALOG, VOUCHER, SETTLEMENT, MEMBERSHIP, INSIGHT, NOTIFICATION);

    /** What booking keeps about an instrument: {@code /api/v1/instruments/{id}/<one of these>[/...]}. */
    private static final Set<String> BOOKING_PARTS_OF_INSTRUMENTS = Set.of("maintenance-blocks", "calendar.ics");

    /**
     * What anyone may read without a token: the catalog and its change feed, ratings, free time, the open voucher
     * programs, the verification of a voucher certificate, and the programme's public indicators.
     */
    private static final Set<String> PUBLIC_COLLECTIONS = Set.of(
            "instruments",
            "service-offers",
            "ratings",
            "providers",
            "instrument-categories",
            "catalog-changes",
            "availability",
            "voucher-programs",
            "voucher-verifications",
            "indicators");

    private Routes() {}

    /**
     * Whether a request without a token may pass the edge: a read of the public catalog. The owning service still
     * decides what an anonymous caller sees. An instrument's calendar and maintenance blocks stay for signed-in callers.
     */
    public static boolean isPublic(String method, String path) {
        if (!(method.equals("GET") || method.equals("HEAD")) || !path.startsWith(PREFIX)) {
            return false;
        }
        String collection = segment(path, PREFIX.length());
        return PUBLIC_COLLECTIONS.contains(collection)
                && !(collection.equals("instruments")
                        && serviceOf(path).filter(BOOKING::equals).isPresent());
    }

    /**
     * Whether the request uploads a file, which may be larger than an API body: {@code POST
     * /api/v1/orders/{id}/deliverables}.
     */
    public static boolean isUpload(String method, String path) {
        if (!method.equals("POST") || !path.startsWith(PREFIX + "orders/")) {
            return false;
        }
        String[] parts = path.substring(PREFIX.length()).split("/", -1);
        return parts.length == 3 && !parts[1].isEmpty() && parts[2].equals("deliverables");
    }

    /** The service that answers this path, if any does. */
    public static Optional<String> serviceOf(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String collection = segment(path, PREFIX.length());
        if (collection.equals(DEAD_LETTERS)) {
            int service = PREFIX.length() + collection.length() + 1;
            return service < path.length()
                    ? Optional.of(segment(path, service)).filter(SERVICES::contains)
                    : Optional.empty();
        }
        String owner = OWNERS.get(collection);
        if (CATALOG.equals(owner) && collection.equals("instruments")) {
            int id = PREFIX.length() + collection.length() + 1;
            int part = path.indexOf('/', id) + 1;
            if (id < path.length() && part > id + 1 && BOOKING_PARTS_OF_INSTRUMENTS.contains(segment(path, part))) {
                return Optional.of(BOOKING);
            }
        }
        return Optional.ofNullable(owner);
    }

    /** The path segment that starts at {@code from}. */
    private static String segment(String path, int from) {
        int end = path.indexOf('/', from);
        return path.substring(from, end < 0 ? path.length() : end);
    }
}
