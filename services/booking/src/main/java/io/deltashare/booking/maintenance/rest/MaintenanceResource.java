package io.deltashare.booking.maintenance.rest;

import io.deltashare.booking.maintenance.application.MaintenanceService;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Maintenance blocks of an instrument, for its provider's staff. */
@Tag(name = "Maintenance", description = "Times a provider blocks an instrument for maintenance")
@Path("/api/v1/instruments/{instrumentId}/maintenance-blocks")
@RolesAllowed(Roles.PROVIDER)
public class MaintenanceResource {

    /** A window to block and why. */
    @Schema(
            examples = "{\"start\":\"2026-12-14T00:00:00Z\",\"end\":\"2026-12-16T00:00:00Z\","
                    + "\"reason\":\"Annual service by the manufacturer\"}")
    public record NewBlock(
            @NotNull Instant start,
            @NotNull Instant end,
            @NotBlank @Size(max = 500) String reason) {}

    private final MaintenanceService maintenance;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    MaintenanceResource(MaintenanceService maintenance, IdempotentRequests idempotency, CurrentCaller caller) {
        this.maintenance = maintenance;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "blockForMaintenance")
    @APIResponse(
            responseCode = "201",
            description = "Blocked; `Location` names the block",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MaintenanceService.Block.class)))
    public Response block(
            @PathParam("instrumentId") UUID instrumentId,
            @Valid @NotNull NewBlock request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(
                idempotencyKey, "POST /api/v1/instruments/" + instrumentId + "/maintenance-blocks", request, () -> {
                    MaintenanceService.Block block = maintenance.block(
                            instrumentId, request.start(), request.end(), request.reason(), caller.get());
                    return Response.created(uri.getAbsolutePathBuilder()
                                    .path(block.id().toString())
                                    .build())
                            .entity(block)
                            .build();
                });
    }

    @GET
    @Operation(
            operationId = "listMaintenanceBlocks",
            summary = "The instrument's blocks that have not ended, soonest first; follow next")
    public RestResponse<Page<MaintenanceService.Block>> list(
            @PathParam("instrumentId") UUID instrumentId,
            @Parameter(description = "from a next link") @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "page size, 1 to 100 (default 50)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        int size = QueryParams.pageSize(limit, 50, 100);
        return Page.of(
                        maintenance.list(instrumentId, caller.get(), Cursor.decode(cursor), size),
                        size,
                        b -> new Cursor(b.start(), b.id()),
                        uri)
                .toResponse();
    }

    @DELETE
    @Path("/{blockId}")
    @Operation(operationId = "liftMaintenanceBlock")
    @APIResponse(responseCode = "204", description = "Lifted: the window is bookable again")
    public Response lift(@PathParam("instrumentId") UUID instrumentId, @PathParam("blockId") UUID blockId) {
        maintenance.lift(instrumentId, blockId, caller.get());
        return Response.noContent().build();
    }
}
