package io.deltashare.booking.reservation.rest;

import io.deltashare.booking.reservation.application.BookingRequest;
import io.deltashare.booking.reservation.application.BookingService;
import io.deltashare.booking.reservation.application.BookingView;
import io.deltashare.booking.reservation.application.NewBookings;
import io.deltashare.booking.reservation.domain.BookingStatus;
import io.deltashare.booking.reservation.persistence.BookingRepository;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.ETags;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Bookings: firms book and cancel, provider staff approve, reject, start, report usage and record no-shows; firms
 * accept or dispute the usage reported, and the platform admin decides disputes.
 */
@Tag(name = "Bookings", description = "Instrument time and sample bookings: price, request, lifecycle")
@Path("/api/v1/bookings")
public class BookingResource {

    /** Why a provider turns a booking down; the firm reads it. */
    @Schema(
            name = "BookingRejection",
            examples = "{\"reason\":\"The instrument is reserved for a calibration that week\"}")
    public record Rejection(@NotBlank @Size(max = 500) String reason) {}

    /** Actual usage: minutes for a time slot, samples for a sample order. */
    @Schema(examples = "{\"actualMinutes\":120}")
    public record Usage(
            @Min(1) @Max(100_000) Integer actualMinutes,
            @Min(1) @Max(100_000) Integer actualSamples) {

        io.deltashare.booking.reservation.domain.Usage asReported() {
            return new io.deltashare.booking.reservation.domain.Usage(actualMinutes, actualSamples);
        }
    }

    /** Why the firm disputes the usage the provider reported; the provider and the platform admin read it. */
    @Schema(
            name = "UsageDispute",
            examples = "{\"reason\":\"The session ended after 90 minutes, not 120: the detector failed\"}")
    public record Dispute(@NotBlank @Size(max = 1000) String reason) {}

    private final BookingService bookings;
    private final NewBookings newBookings;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    BookingResource(
            BookingService bookings, NewBookings newBookings, IdempotentRequests idempotency, CurrentCaller caller) {
        this.newBookings = newBookings;
        this.bookings = bookings;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "createBooking",
            summary = "The firm books a slot or orders samples: CONFIRMED at once where the instrument takes "
                    + "bookings without approval, else PENDING_APPROVAL once a voucher's share is held")
    @APIResponse(
            responseCode = "201",
            description = "Booked; `Location` names the booking and `ETag` its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    public Response book(
            @Valid @NotNull BookingRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        Response created = idempotency.execute(idempotencyKey, "POST /api/v1/bookings", request, () -> {
            BookingView booked = newBookings.book(request, caller.get());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(booked.booking().id().toString())
                            .build())
                    .tag(ETags.of(booked.booking().version()))
                    .entity(booked)
                    .build();
        });
        // one-click ordering answers once the voucher has held its share: the booking has committed by now, so the
        // voucher service hears of it (a replayed request gets the answer as first stored)
        if (request.voucherChosenBySystem()
                && created.getEntity() instanceof BookingView booked
                && booked.booking().voucherId() != null
                && booked.booking().status().equals("REQUESTED")) {
            BookingView answered = newBookings.oneClickAnswer(booked.booking().id(), caller.get());
            return Response.fromResponse(created)
                    .tag(ETags.of(answered.booking().version()))
                    .entity(answered)
                    .build();
        }
        return created;
    }

    @GET
    @Operation(
            operationId = "listBookings",
            summary = "The bookings the caller may see, newest first: its firm's or organization's; an admin's all")
    public RestResponse<Page<BookingView>> list(
            @Parameter(description = "only bookings in this state") @QueryParam("status") String status,
            @Parameter(description = "made at or after this instant") @QueryParam("createdFrom") String from,
            @Parameter(description = "made before this instant") @QueryParam("createdBefore") String before,
            @Parameter(description = "only these bookings; up to 100, repeat the parameter") @QueryParam("id")
                    List<String> ids,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        int size = paging.size();
        BookingRepository.Listing listing = new BookingRepository.Listing(
                QueryParams.enumValue("status", status, BookingStatus.class),
                QueryParams.instant("createdFrom", from),
                QueryParams.instant("createdBefore", before),
                QueryParams.uuids("id", ids, 100),
                paging.after());
        return Page.of(
                        bookings.list(caller.get(), listing, size),
                        size,
                        b -> new Cursor(b.createdAt(), b.booking().id()),
                        uri)
                .toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBooking")
    public RestResponse<BookingView> get(@PathParam("id") UUID id) {
        return ok(bookings.get(id, caller.get()));
    }

    @POST
    @Path("/{id}/approval")
    @Operation(operationId = "approveBooking")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<BookingView> approve(@PathParam("id") UUID id) {
        return ok(bookings.approve(id, caller.get()));
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(operationId = "rejectBooking")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<BookingView> reject(@PathParam("id") UUID id, @Valid @NotNull Rejection rejection) {
        return ok(bookings.decline(id, rejection.reason(), caller.get()));
    }

    @POST
    @Path("/{id}/start")
    @Operation(operationId = "startBooking")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<BookingView> start(@PathParam("id") UUID id) {
        return ok(bookings.start(id, caller.get()));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(
            operationId = "completeBooking",
            summary =
                    "The provider reports the usage once the slot has begun: the booking is DELIVERED and waits "
                            + "for the firm (accepted, disputed, or standing once the dispute window closes if within what was booked)")
    public RestResponse<BookingView> complete(@PathParam("id") UUID id, @Valid @NotNull Usage usage) {
        return ok(bookings.reportUsage(id, usage.asReported(), caller.get()));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "acceptBooking",
            summary = "The firm accepts the reported usage: the booking is COMPLETED, its fee charged and a "
                    + "voucher's share redeemed")
    public RestResponse<BookingView> accept(@PathParam("id") UUID id) {
        return ok(bookings.acceptUsage(id, caller.get()));
    }

    @POST
    @Path("/{id}/dispute")
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "disputeBooking",
            summary = "The firm disputes the reported usage within the dispute window: nothing is charged until the "
                    + "provider reports again and the firm accepts, or the platform admin decides")
    public RestResponse<BookingView> dispute(@PathParam("id") UUID id, @Valid @NotNull Dispute dispute) {
        return ok(bookings.dispute(id, dispute.reason(), caller.get()));
    }

    @POST
    @Path("/{id}/dispute-decision")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "decideBookingDispute",
            summary = "The platform admin decides a dispute with the usage to charge: the booking is COMPLETED")
    public RestResponse<BookingView> decideDispute(@PathParam("id") UUID id, @Valid @NotNull Usage usage) {
        return ok(bookings.settleDispute(id, usage.asReported(), caller.get()));
    }

    @POST
    @Path("/{id}/no-show")
    @Operation(operationId = "recordNoShow")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<BookingView> noShow(@PathParam("id") UUID id) {
        return ok(bookings.noShow(id, caller.get()));
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(operationId = "cancelBooking")
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    public RestResponse<BookingView> cancel(@PathParam("id") UUID id) {
        return ok(bookings.cancel(id, caller.get()));
    }

    private static RestResponse<BookingView> ok(BookingView view) {
        return ETags.ok(view, view.booking().version());
    }
}
