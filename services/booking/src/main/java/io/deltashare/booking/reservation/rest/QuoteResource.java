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

/** Quotes: what a slot or sample order would cost the calling firm, under the same rules as booking it. */
@Path("/api/v1/quotes")
public class QuoteResource {

    private final NewBookings bookings;
    private final CurrentCaller caller;

    QuoteResource(NewBookings bookings, CurrentCaller caller) {
        this.bookings = bookings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    public Quote quote(@Valid @NotNull BookingRequest request) {
        return bookings.quote(request, caller.get());
    }
}
