package io.deltashare.booking.maintenance.rest;

import io.deltashare.booking.maintenance.application.MaintenanceService;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.security.CurrentCaller;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Maintenance blocks of an instrument, for its provider's staff. */
@Path("/api/v1/instruments/{instrumentId}/maintenance-blocks")
@RolesAllowed("provider")
public class MaintenanceResource {

    /** A window to block and why. */
    public record NewBlock(@NotNull Instant start, @NotNull Instant end, @NotBlank @Size(max = 500) String reason) {
    }

    private final MaintenanceService maintenance;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    MaintenanceResource(MaintenanceService maintenance, IdempotentRequests idempotency, CurrentCaller caller) {
        this.maintenance = maintenance;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    public Response block(@PathParam("instrumentId") UUID instrumentId, @Valid @NotNull NewBlock request,
                          @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/instruments/" + instrumentId + "/maintenance-blocks",
                request, () -> {
                    MaintenanceService.Block block = maintenance.block(instrumentId, request.start(), request.end(),
                            request.reason(), caller.get());
                    return Response.created(uri.getAbsolutePathBuilder().path(block.id().toString()).build())
                            .entity(block).build();
                });
    }

    @GET
    public List<MaintenanceService.Block> list(@PathParam("instrumentId") UUID instrumentId) {
        return maintenance.list(instrumentId, caller.get());
    }

    @DELETE
    @Path("/{blockId}")
    public Response lift(@PathParam("instrumentId") UUID instrumentId, @PathParam("blockId") UUID blockId) {
        maintenance.lift(instrumentId, blockId, caller.get());
        return Response.noContent().build();
    }
}
