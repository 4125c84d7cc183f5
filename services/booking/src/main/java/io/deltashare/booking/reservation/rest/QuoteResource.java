package io.deltashare.booking.reservation.rest;

import io.deltashare.booking.reservation.application.BookingRequest;
import io.deltashare.booking.reservation.application.NewBookings;
import io.deltashare.booking.reservation.application.Quote;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Quotes: what a slot or sample order would cost the calling firm, under the same rules as booking it. */
@Tag(name = "Bookings", description = "Instrument time and sample bookings: price, request, lifecycle")
@Path("/api/v1/quotes")
public class QuoteResource {

    private final NewBookings bookings;
    private final CurrentCaller caller;

    QuoteResource(NewBookings bookings, CurrentCaller caller) {
        this.bookings = bookings;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "quoteBooking")
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    public Quote quote(@Valid @NotNull BookingRequest request) {
        return bookings.quote(request, caller.get());
    }
}
