package io.deltashare.booking.rating.rest;

import io.deltashare.booking.rating.application.RatingService;
import io.deltashare.booking.rating.application.RatingView;
import io.deltashare.booking.rating.domain.Rating;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.ETags;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Ratings (用户评价) of completed bookings and orders: the firm rates once and may change it for a while, the provider
 * replies once, anyone reads them.
 */
@Tag(name = "Ratings", description = "Ratings of completed bookings and orders (用户评价), and providers' replies")
@Path("/api/v1/ratings")
public class RatingResource {

    /** A rating of a booking or (exclusive) an order the firm completed. */
    @Schema(
            examples = "{\"orderId\":\"0dde0000-0000-4000-8000-000000000001\",\"quality\":5,\"timeliness\":4,"
                    + "\"service\":5,\"comment\":\"排水机器人按期交付，性能达标 / delivered as specified\"}")
    public record NewRating(
            UUID bookingId,
            UUID orderId,
            @NotNull @Min(1) @Max(5) Integer quality,
            @NotNull @Min(1) @Max(5) Integer timeliness,
            @NotNull @Min(1) @Max(5) Integer service,
            @Size(max = 1000) String comment) {}

    /** The firm's changed marks and comment. */
    @Schema(examples = "{\"quality\":5,\"timeliness\":5,\"service\":5,\"comment\":\"the late part arrived\"}")
    public record ChangedRating(
            @NotNull @Min(1) @Max(5) Integer quality,
            @NotNull @Min(1) @Max(5) Integer timeliness,
            @NotNull @Min(1) @Max(5) Integer service,
            @Size(max = 1000) String comment) {}

    /** The provider's answer to a rating. */
    @Schema(examples = "{\"reply\":\"感谢合作 / thank you for working with us\"}")
    public record Reply(@NotBlank @Size(max = 1000) String reply) {}

    private final RatingService ratings;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    RatingResource(RatingService ratings, IdempotentRequests idempotency, CurrentCaller caller) {
        this.ratings = ratings;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "giveRating",
            summary = "The firm rates a booking or an order it completed, once: 1 to 5 for quality, timeliness and"
                    + " service, and a comment; it may change the rating for 14 days")
    @APIResponse(
            responseCode = "201",
            description = "Rated; `Location` names the rating",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "404", description = "No such booking or order of the caller's firm")
    public Response rate(
            @Valid @NotNull NewRating rating,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        if ((rating.bookingId() == null) == (rating.orderId() == null)) {
            throw Rejected.invalid("bookingId", "name the booking or the order rated, one of them");
        }
        return idempotency.execute(idempotencyKey, "POST /api/v1/ratings", rating, () -> {
            RatingView rated = ratings.rate(
                    rating.bookingId(),
                    rating.orderId(),
                    new Rating.Scores(rating.quality(), rating.timeliness(), rating.service()),
                    rating.comment(),
                    caller.get());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(rated.id().toString())
                            .build())
                    .tag(ETags.of(rated.version()))
                    .entity(rated)
                    .build();
        });
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listRatings",
            summary = "Ratings of an instrument, a service or a provider (or all), in id order; `limit` 1 to 100"
                    + " (default 20), follow `next`")
    public RestResponse<Page<RatingView>> list(
            @QueryParam("instrument") String instrument,
            @QueryParam("serviceOffer") String serviceOffer,
            @QueryParam("provider") String provider,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        int size = paging.size();
        List<RatingView> page = ratings.list(
                QueryParams.uuid("instrument", instrument),
                QueryParams.uuid("serviceOffer", serviceOffer),
                QueryParams.uuid("provider", provider),
                paging.afterId(),
                size,
                caller.get());
        String next = page.size() < size ? null : page.get(page.size() - 1).id().toString();
        return Page.of(page, next, uri).toResponse();
    }

    @GET
    @Operation(operationId = "getRating")
    @PermitAll
    @Path("/{id}")
    public RestResponse<RatingView> get(@PathParam("id") UUID id) {
        RatingView rating = ratings.get(id, caller.get());
        return ETags.ok(rating, rating.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "changeRating",
            summary = "The firm changes its rating while it may (409 `rating-final` afterwards); `If-Match`")
    public RestResponse<RatingView> change(
            @PathParam("id") UUID id,
            @Valid @NotNull ChangedRating rating,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        RatingView changed = ratings.change(
                id,
                new Rating.Scores(rating.quality(), rating.timeliness(), rating.service()),
                rating.comment(),
                ETags.expected(ifMatch),
                caller.get());
        return ETags.ok(changed, changed.version());
    }

    @POST
    @Path("/{id}/reply")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(
            operationId = "replyToRating",
            summary = "The provider's staff answer the rating, once (409 `already-replied` afterwards)")
    public RestResponse<RatingView> reply(@PathParam("id") UUID id, @Valid @NotNull Reply reply) {
        RatingView replied = ratings.reply(id, reply.reply(), caller.get());
        return ETags.ok(replied, replied.version());
    }
}
