package io.deltashare.booking.calendar.rest;

import io.deltashare.booking.calendar.application.CalendarFeeds;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;

/**
 * iCalendar feeds: an instrument's calendar for its provider, a firm's bookings for the firm. Each class path is
 * literal up to the feed, so {@code /bookings/calendar.ics} is not taken for a booking id.
 */
public class CalendarResource {

    private CalendarResource() {}

    /** The calendar of one instrument. */
    @Path("/api/v1/instruments/{id}/calendar.ics")
    public static class OfInstrument {

        private final CalendarFeeds feeds;
        private final CurrentCaller caller;

        OfInstrument(CalendarFeeds feeds, CurrentCaller caller) {
            this.feeds = feeds;
            this.caller = caller;
        }

        @GET
        @Produces(ICalendar.MEDIA_TYPE)
        @RolesAllowed(Roles.PROVIDER)
        public String feed(@PathParam("id") UUID id) {
            return ICalendar.of("instrument " + id, feeds.instrument(id, caller.get()));
        }
    }

    /** The calling firm's bookings. */
    @Path("/api/v1/bookings/calendar.ics")
    public static class OfFirm {

        private final CalendarFeeds feeds;
        private final CurrentCaller caller;

        OfFirm(CalendarFeeds feeds, CurrentCaller caller) {
            this.feeds = feeds;
            this.caller = caller;
        }

        @GET
        @Produces(ICalendar.MEDIA_TYPE)
        @RolesAllowed({Roles.FIRM, Roles.RESEARCHER})
        public String feed() {
            return ICalendar.of("firm", feeds.firm(caller.get()));
        }
    }
}
