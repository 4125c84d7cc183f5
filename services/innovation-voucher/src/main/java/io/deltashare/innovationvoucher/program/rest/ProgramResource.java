package io.deltashare.innovationvoucher.program.rest;

import io.deltashare.innovationvoucher.program.application.ProgramRequest;
import io.deltashare.innovationvoucher.program.application.ProgramService;
import io.deltashare.innovationvoucher.program.application.ProgramView;
import io.deltashare.innovationvoucher.program.domain.ProgramStatus;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.ETags;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Voucher programs: bureaus create and run them; everyone signed in can read them, and anyone (without a token) can
 * read the programs that are OPEN, with their terms.
 */
@Tag(name = "Voucher programs", description = "Bureaus' voucher programs: terms, budget, opening and closing")
@Path("/api/v1/voucher-programs")
public class ProgramResource {

    private final ProgramService programs;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    ProgramResource(ProgramService programs, IdempotentRequests idempotency, CurrentCaller caller) {
        this.programs = programs;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createVoucherProgram")
    @RolesAllowed({Roles.BUREAU, Roles.ADMIN})
    @APIResponse(
            responseCode = "201",
            description = "Created as a DRAFT; `Location` names it and `ETag` its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgramView.class)))
    public Response create(
            @Valid @NotNull ProgramRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/voucher-programs", request, () -> {
            ProgramView created = programs.create(request, caller.get());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(created.id().toString())
                            .build())
                    .tag(ETags.of(created.version()))
                    .entity(created)
                    .build();
        });
    }

    /** Newest first, {@code limit} (1 to 100, default 20) a page; follow {@code next}. */
    @GET
    @Operation(operationId = "listVoucherPrograms")
    @PermitAll
    public RestResponse<Page<ProgramView>> list(
            @QueryParam("region") String region,
            @QueryParam("status") String status,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        int size = paging.size();
        List<ProgramView> page = programs.list(
                QueryParams.region(region),
                QueryParams.enumValue("status", status, ProgramStatus.class),
                paging.after(),
                size,
                caller.get());
        return Page.of(page, size, p -> new Cursor(p.createdAt(), p.id()), uri).toResponse();
    }

    @GET
    @Operation(operationId = "getVoucherProgram")
    @PermitAll
    @Path("/{id}")
    public RestResponse<ProgramView> get(@PathParam("id") UUID id) {
        return ok(programs.get(id, caller.get()));
    }

    @POST
    @Path("/{id}/opening")
    @Operation(operationId = "openVoucherProgram")
    @RolesAllowed({Roles.BUREAU, Roles.ADMIN})
    public RestResponse<ProgramView> open(@PathParam("id") UUID id) {
        return ok(programs.move(id, ProgramStatus.OPEN, caller.get()));
    }

    @POST
    @Path("/{id}/suspension")
    @Operation(operationId = "suspendVoucherProgram")
    @RolesAllowed({Roles.BUREAU, Roles.ADMIN})
    public RestResponse<ProgramView> suspend(@PathParam("id") UUID id) {
        return ok(programs.move(id, ProgramStatus.SUSPENDED, caller.get()));
    }

    @POST
    @Path("/{id}/closing")
    @Operation(operationId = "closeVoucherProgram")
    @RolesAllowed({Roles.BUREAU, Roles.ADMIN})
    public RestResponse<ProgramView> close(@PathParam("id") UUID id) {
        return ok(programs.move(id, ProgramStatus.CLOSED, caller.get()));
    }

    private static RestResponse<ProgramView> ok(ProgramView view) {
        return ETags.ok(view, view.version());
    }
}
