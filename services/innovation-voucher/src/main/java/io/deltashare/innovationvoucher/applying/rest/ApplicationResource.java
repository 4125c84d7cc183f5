package io.deltashare.innovationvoucher.applying.rest;

import io.deltashare.innovationvoucher.applying.application.ApplicationService;
import io.deltashare.innovationvoucher.applying.application.ApplicationView;
import io.deltashare.innovationvoucher.applying.domain.ApplicationStatus;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Firms' applications: their province's bureau approves (issuing a voucher) or rejects them. */
@Tag(name = "Voucher applications", description = "Firms' applications for vouchers and the bureau's decisions")
@Path("/api/v1/voucher-applications")
public class ApplicationResource {

    /** What a firm plans to use the voucher for; a partner client names the linked firm it applies for. */
    @Schema(examples = "{\"plannedUse\":\"SEM and XRD time to characterise our new cathode material\"}")
    public record NewApplication(@Size(max = 2000) String plannedUse, UUID firmOrganizationId) {}

    /** Why the bureau turns an application down. */
    @Schema(
            name = "VoucherApplicationRefusal",
            examples = "{\"reason\":\"The firm is not registered as a science-based SME\"}")
    public record Rejection(@Size(max = 500) String reason) {}

    private final ApplicationService applications;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    ApplicationResource(ApplicationService applications, IdempotentRequests idempotency, CurrentCaller caller) {
        this.applications = applications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listVoucherApplications",
            summary = "The applications the caller may see, newest first: a firm's own, a bureau's region's, all "
                    + "for the admin")
    public RestResponse<Page<ApplicationView>> list(
            @Parameter(description = "SUBMITTED, APPROVED or REJECTED") @QueryParam("status") String status,
            @Parameter(description = "from a next link") @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "page size, 1 to 200 (default 50)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        int size = QueryParams.pageSize(limit, 50, 200);
        return Page.of(
                        applications.list(
                                caller.get(),
                                QueryParams.enumValue("status", status, ApplicationStatus.class),
                                Cursor.decode(cursor),
                                size),
                        size,
                        a -> new Cursor(a.createdAt(), a.id()),
                        uri)
                .toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVoucherApplication")
    public ApplicationView get(@PathParam("id") UUID id) {
        return applications.get(id, caller.get());
    }

    @POST
    @Path("/{id}/approval")
    @Operation(operationId = "approveVoucherApplication")
    @RolesAllowed({Roles.BUREAU, Roles.ADMIN})
    public ApplicationView approve(@PathParam("id") UUID id) {
        return applications.approve(id, caller.get());
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(operationId = "rejectVoucherApplication")
    @RolesAllowed({Roles.BUREAU, Roles.ADMIN})
    public ApplicationView reject(@PathParam("id") UUID id, @Valid @NotNull Rejection rejection) {
        return applications.reject(id, rejection.reason(), caller.get());
    }

    /** A firm applies to a program of its own province. */
    @Tag(name = "Voucher applications", description = "Firms' applications for vouchers and the bureau's decisions")
    @Path("/api/v1/voucher-programs/{programId}/applications")
    public static class ToProgram {

        private final ApplicationService applications;
        private final IdempotentRequests idempotency;
        private final CurrentCaller caller;

        ToProgram(ApplicationService applications, IdempotentRequests idempotency, CurrentCaller caller) {
            this.applications = applications;
            this.idempotency = idempotency;
            this.caller = caller;
        }

        @POST
        @Operation(operationId = "applyForVoucher")
        @RolesAllowed({Roles.FIRM, Roles.PARTNER})
        @APIResponse(
                responseCode = "201",
                description = "Applied: the bureau of the firm's region reviews it; `Location` names the application",
                content =
                        @Content(
                                mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = ApplicationView.class)))
        public Response apply(
                @PathParam("programId") UUID programId,
                @Valid @NotNull NewApplication request,
                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                @Context UriInfo uri) {
            return idempotency.execute(
                    idempotencyKey, "POST /api/v1/voucher-programs/" + programId + "/applications", request, () -> {
                        ApplicationView created = applications.apply(
                                programId, request.plannedUse(), request.firmOrganizationId(), caller.get());
                        return Response.created(uri.getBaseUriBuilder()
                                        .path("/api/v1/voucher-applications")
                                        .path(created.id().toString())
                                        .build())
                                .entity(created)
                                .build();
                    });
        }
    }
}
