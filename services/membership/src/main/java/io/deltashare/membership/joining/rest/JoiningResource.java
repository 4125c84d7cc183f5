package io.deltashare.membership.joining.rest;

import io.deltashare.membership.joining.application.Joining;
import io.deltashare.membership.joining.application.JoiningApplicationView;
import io.deltashare.membership.joining.domain.Kind;
import io.deltashare.membership.joining.domain.Status;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.ETags;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
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
 * Joining DeltaShare (入网). Anyone signed in (a person who registered in Keycloak) applies; the reviewer of the kind
 * approves or rejects; the applicant corrects and resubmits.
 */
@Tag(name = "Joining", description = "Joining DeltaShare (入网): applications and their review")
@Path("/api/v1/joining-applications")
@Authenticated
public class JoiningResource {

    /** Why a reviewer rejects. */
    @Schema(
            name = "JoiningRejection",
            examples = "{\"reason\":\"the SME registration year does not match the registry\"}")
    public record Rejection(
            @NotNull @Size(min = 1, max = 500) String reason) {}

    private final Joining joining;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    JoiningResource(Joining joining, IdempotentRequests idempotency, CurrentCaller caller) {
        this.joining = joining;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "applyToJoin")
    @APIResponse(
            responseCode = "201",
            description = "Submitted for review; `Location` names it and `ETag` its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JoiningApplicationView.class)))
    public Response apply(
            @Valid @NotNull JoiningRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/joining-applications", request, () -> {
            JoiningApplicationView submitted = joining.submit(request.kind(), request.profile(), caller.get());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(submitted.id().toString())
                            .build())
                    .tag(ETags.of(submitted.version()))
                    .entity(submitted)
                    .build();
        });
    }

    /** The caller's own applications and those it reviews, newest first; {@code limit} 1 to 100 (default 20). */
    @GET
    @Operation(operationId = "listJoiningApplications")
    public RestResponse<Page<JoiningApplicationView>> list(
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        int size = paging.size();
        List<JoiningApplicationView> page = joining.list(
                caller.get(),
                QueryParams.enumValue("status", status, Status.class),
                QueryParams.enumValue("kind", kind, Kind.class),
                paging.after(),
                size);
        return Page.of(page, size, a -> new Cursor(a.submittedAt(), a.id()), uri)
                .toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getJoiningApplication")
    public RestResponse<JoiningApplicationView> get(@PathParam("id") UUID id) {
        return ok(joining.get(id, caller.get()));
    }

    /** The applicant corrects the application (after a rejection, or while it waits) and submits it again. */
    @PUT
    @Path("/{id}")
    @Operation(operationId = "correctJoiningApplication")
    public RestResponse<JoiningApplicationView> correct(
            @PathParam("id") UUID id,
            @Valid @NotNull JoiningRequest request,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        JoiningApplicationView current = joining.get(id, caller.get());
        if (!current.kind().equals(request.kind().name())) {
            throw Rejected.invalid("kind", "an application keeps its kind (" + current.kind() + "); apply anew");
        }
        return ok(joining.correct(id, request.profile(), ETags.expected(ifMatch), caller.get()));
    }

    @POST
    @Path("/{id}/approval")
    @Operation(operationId = "approveJoiningApplication")
    public RestResponse<JoiningApplicationView> approve(@PathParam("id") UUID id) {
        return ok(joining.approve(id, caller.get()));
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(operationId = "rejectJoiningApplication")
    public RestResponse<JoiningApplicationView> reject(@PathParam("id") UUID id, @Valid @NotNull Rejection rejection) {
        return ok(joining.reject(id, rejection.reason(), caller.get()));
    }

    private static RestResponse<JoiningApplicationView> ok(JoiningApplicationView view) {
        return ETags.ok(view, view.version());
    }
}
