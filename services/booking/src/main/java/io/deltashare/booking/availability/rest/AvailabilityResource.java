package io.deltashare.booking.availability.rest;

import io.deltashare.booking.availability.application.AvailabilityService;
import io.deltashare.booking.reservation.domain.BookingTerms;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Violation;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Availability search for anyone, signed in or not: which instruments have a free window of the needed length, and when. */
@Tag(name = "Availability", description = "Free instrument time, public")
@Path("/api/v1/availability")
public class AvailabilityResource {

    /** The longest stretch one search looks through. */
    static final Duration MAX_RANGE = Duration.ofDays(31);

    private final AvailabilityService availability;

    AvailabilityResource(AvailabilityService availability) {
        this.availability = availability;
    }

    /**
     * Instruments with room, each page sorted by its earliest free window; a page looks at a bounded number of
     * instruments, so follow {@code next} for more.
     */
    @GET
    @Operation(operationId = "searchAvailability")
    @PermitAll
    public RestResponse<Page<AvailabilityService.Offer>> search(
            @QueryParam("category") String category,
            @QueryParam("region") String region,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("minutes") String minutes,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        List<Violation> errors = new ArrayList<>();
        Instant start = required("from", from, errors);
        Instant end = required("to", to, errors);
        int length = minutes(minutes, errors);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                errors.add(new Violation("to", "must be after from"));
            } else if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
                errors.add(new Violation("to", "a search spans at most " + MAX_RANGE.toDays() + " days"));
            }
        }
        if (!errors.isEmpty()) {
            throw Rejected.invalid(errors);
        }
        UUID after = paging.afterId();
        AvailabilityService.Offers offers = availability.search(
                category == null || category.isBlank() ? null : category,
                QueryParams.region(region),
                start,
                end,
                length,
                paging.size(),
                after);
        return Page.of(
                        offers.items(),
                        offers.after() == null ? null : offers.after().toString(),
                        uri)
                .toResponse();
    }

    private static Instant required(String name, String value, List<Violation> errors) {
        Instant instant = QueryParams.instant(name, value);
        if (instant == null) {
            errors.add(new Violation(name, "is required, an ISO-8601 instant such as 2026-12-01T00:00:00Z"));
        }
        return instant;
    }

    private static int minutes(String value, List<Violation> errors) {
        try {
            int minutes = Integer.parseInt(value == null ? "" : value.trim());
            if (minutes < BookingTerms.QUARTER_HOUR || minutes > 24 * 60) {
                errors.add(new Violation("minutes", "must be between 15 and 1440"));
            }
            return minutes;
        } catch (NumberFormatException e) {
            errors.add(new Violation("minutes", "is required, the length of the window in minutes"));
            return 0;
        }
    }
}
