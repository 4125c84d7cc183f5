package io.deltashare.gateway;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service answers which part of {@code /api/v1}. Order matters: an instrument's maintenance blocks and
 * calendar belong to booking, the instrument itself to the catalog.
 */
public final class Routes {

    /** A path pattern and the service behind it. */
    public record Route(Pattern path, String service) {
    }

    /** The gateway's own part of the API (webhooks), answered here after the edge checks. */
    public static final String GATEWAY = "gateway";

    static final List<Route> ALL = List.of(
            route("/api/v1/webhooks(/.*)?", GATEWAY),
            route("/api/v1/instruments/[^/]+/(maintenance-blocks|calendar\\.ics)(/.*)?", "booking"),
            route("/api/v1/(bookings|quotes|availability)(/.*)?", "booking"),
            route("/api/v1/(providers|instruments|instrument-categories)(/.*)?", "instrument-catalog"),
            route("/api/v1/(voucher-programs|voucher-applications|vouchers|voucher-statistics)(/.*)?", "innovation-voucher"),
            route("/api/v1/(accounts|payments|journal-transactions|statements|statement-runs|claim-batches|reconciliation)(/.*)?",
                    "settlement"));

    private Routes() {
    }

    public static Optional<Route> of(String path) {
        for (Route route : ALL) { // a plain loop: this runs for every request
            if (route.path().matcher(path).matches()) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    private static Route route(String regex, String service) {
        return new Route(Pattern.compile(regex), service);
    }
}
