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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * iCalendar feeds: an instrument's calendar for its provider, a firm's bookings for the firm. Each class path is
 * literal up to the feed, so {@code /bookings/calendar.ics} is not taken for a booking id.
 */
public class CalendarResource {

    /** What a feed looks like, for the OpenAPI document. */
    static final String EXAMPLE =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//DeltaShare//booking firm//EN\r\nCALSCALE:GREGORIAN\r\n"
                    + "BEGIN:VEVENT\r\nUID:3f0e8c1d-2a10-4c55-9a55-6f1c2b1e8d2a@deltashare\r\n"
                    + "DTSTART:20261208T010000Z\r\nDTEND:20261208T030000Z\r\nSUMMARY:CONFIRMED\r\nEND:VEVENT\r\n"
                    + "END:VCALENDAR\r\n";

    private CalendarResource() {}

    /** The calendar of one instrument. */
    @Tag(name = "Calendars", description = "iCalendar feeds of bookings")
    @Path("/api/v1/instruments/{id}/calendar.ics")
    public static class OfInstrument {

        private final CalendarFeeds feeds;
        private final CurrentCaller caller;

        OfInstrument(CalendarFeeds feeds, CurrentCaller caller) {
            this.feeds = feeds;
            this.caller = caller;
        }

        @GET
        @Operation(operationId = "getInstrumentCalendar")
        @APIResponse(
                responseCode = "200",
                description = "The instrument's bookings and maintenance as an iCalendar feed",
                content =
                        @Content(
                                mediaType = "text/calendar",
                                schema = @Schema(type = SchemaType.STRING),
                                example = EXAMPLE))
        @Produces(ICalendar.MEDIA_TYPE)
        @RolesAllowed(Roles.PROVIDER)
        public String feed(@PathParam("id") UUID id) {
            return ICalendar.of("instrument " + id, feeds.instrument(id, caller.get()));
        }
    }

    /** The calling firm's bookings. */
    @Tag(name = "Calendars", description = "iCalendar feeds of bookings")
    @Path("/api/v1/bookings/calendar.ics")
    public static class OfFirm {

        private final CalendarFeeds feeds;
        private final CurrentCaller caller;

        OfFirm(CalendarFeeds feeds, CurrentCaller caller) {
            this.feeds = feeds;
            this.caller = caller;
        }

        @GET
        @Operation(operationId = "getBookingsCalendar")
        @APIResponse(
                responseCode = "200",
                description = "The firm's bookings as an iCalendar feed, one event per booking",
                content =
                        @Content(
                                mediaType = "text/calendar",
                                schema = @Schema(type = SchemaType.STRING),
                                example = EXAMPLE))
        @Produces(ICalendar.MEDIA_TYPE)
        @RolesAllowed({Roles.FIRM, Roles.RESEARCHER})
        public String feed() {
            return ICalendar.of("firm", feeds.firm(caller.get()));
        }
    }
}
