package io.deltashare.membership.partner.rest;

import io.deltashare.contracts.membership.PartnerScope;
import io.deltashare.membership.partner.application.GrantView;
import io.deltashare.membership.partner.application.PartnerOnboarding;
import io.deltashare.membership.partner.application.PartnerView;
import io.deltashare.membership.partner.application.SecretView;
import io.deltashare.membership.partner.domain.PartnerStatus;
import io.deltashare.membership.rest.Name;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Partner onboarding (互联互通): an organization registers a partner portal, the platform admin approves it, its
 * organization takes the client secret, and firms grant it the right to act for them, scope by scope.
 */
@Tag(name = "Partners", description = "Partner portals: registration, review, client secrets and firms' grants")
@Path("/api/v1/partners")
@Authenticated
public class PartnerResource {

    /** A partner application. */
    @Schema(
            name = "PartnerRegistration",
            examples = "{\"organizationId\":\"0a1f0c5e-5d4b-4b8e-9f00-000000000201\","
                    + "\"name\":{\"zh\":\"长三角仪器共享门户\",\"en\":\"Yangtze Instrument Sharing Portal\"},"
                    + "\"description\":\"Books instrument time for the firms of our incubator\",\"sandbox\":false}")
    public record Registration(
            @NotNull UUID organizationId,
            @NotNull @Valid Name name,
            @NotNull @Size(min = 1, max = 1000) String description,

            @Schema(description = "A sandbox partner's tokens carry `sandbox: true`")
            boolean sandbox) {}

    /** Why the admin rejects or someone revokes. */
    @Schema(name = "PartnerDecisionReason", examples = "{\"reason\":\"the portal's operator could not be verified\"}")
    public record Reason(@NotNull @Size(min = 1, max = 500) String reason) {}

    /** What a firm lets the partner do for it. */
    @Schema(name = "PartnerGrantRequest", examples = "{\"scopes\":[\"BOOK\",\"STATEMENTS\"]}")
    public record GrantRequest(
            @NotNull @Size(min = 1, max = 3) Set<@NotNull PartnerScope> scopes) {}

    private final PartnerOnboarding onboarding;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    PartnerResource(PartnerOnboarding onboarding, IdempotentRequests idempotency, CurrentCaller caller) {
        this.onboarding = onboarding;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /** A member of {@code organizationId} registers a partner; the platform admin reviews it. */
    @POST
    @Operation(operationId = "registerPartner")
    @APIResponse(
            responseCode = "201",
            description = "Submitted for review; `Location` names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnerView.class)))
    public Response register(
            @Valid @NotNull Registration registration,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/partners", registration, () -> {
            PartnerView registered = onboarding.register(
                    registration.organizationId(),
                    registration.name().text(),
                    registration.description(),
                    registration.sandbox(),
                    caller.get());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(registered.id().toString())
                            .build())
                    .tag(ETags.of(registered.version()))
                    .entity(registered)
                    .build();
        });
    }

    /**
     * Approved partners (for anyone signed in, so a firm can find one to grant), those of the caller's organizations,
     * and for the admin all; newest first, {@code limit} 1 to 100 (default 20).
     */
    @GET
    @Operation(operationId = "listPartners")
    public RestResponse<Page<PartnerView>> list(
            @QueryParam("status") String status, @BeanParam PageQuery paging, @Context UriInfo uri) {
        int size = paging.size();
        List<PartnerView> page = onboarding.list(
                caller.get(), QueryParams.enumValue("status", status, PartnerStatus.class), paging.after(), size);
        return Page.of(page, size, p -> new Cursor(p.submittedAt(), p.id()), uri)
                .toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartner")
    public RestResponse<PartnerView> get(@PathParam("id") UUID id) {
        return ok(onboarding.get(id, caller.get()));
    }

    /** The platform admin approves: the partner's OAuth client exists from now on, acting for nobody yet. */
    @POST
    @Path("/{id}/approval")
    @Operation(operationId = "approvePartner")
    public RestResponse<PartnerView> approve(@PathParam("id") UUID id) {
        return ok(onboarding.approve(id, caller.get()));
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(operationId = "rejectPartner")
    public RestResponse<PartnerView> reject(@PathParam("id") UUID id, @Valid @NotNull Reason reason) {
        return ok(onboarding.reject(id, reason.reason(), caller.get()));
    }

    /**
     * A new client secret, for members of the organization that registered the partner. It is in this answer only
     * ({@code Cache-Control: no-store}); each call rotates it, and the secret before stops working at once.
     */
    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "issuePartnerSecret")
    public RestResponse<SecretView> newSecret(@PathParam("id") UUID id) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return RestResponse.ResponseBuilder.ok(onboarding.newSecret(id, caller.get()))
                .cacheControl(noStore)
                .build();
    }

    /** The registering organization or the admin ends the partner for good: no more tokens, every grant gone. */
    @POST
    @Path("/{id}/revocation")
    @Operation(operationId = "revokePartner")
    public RestResponse<PartnerView> revoke(@PathParam("id") UUID id, @Valid @NotNull Reason reason) {
        return ok(onboarding.revoke(id, reason.reason(), caller.get()));
    }

    /**
     * A firm's staff let the partner act for the firm in {@code scopes} ({@code BOOK}, {@code VOUCHERS},
     * {@code STATEMENTS}), replacing what the firm granted before. The partner's next token carries it.
     */
    @PUT
    @Path("/{id}/grants/{firm}")
    @Operation(operationId = "grantPartner")
    public GrantView grant(
            @PathParam("id") UUID id, @PathParam("firm") UUID firm, @Valid @NotNull GrantRequest request) {
        return onboarding.grant(id, firm, request.scopes(), caller.get());
    }

    /** A firm's staff take back the firm's grant: the partner's next token, and its webhooks, leave the firm out. */
    @DELETE
    @Path("/{id}/grants/{firm}")
    @Operation(operationId = "revokePartnerGrant")
    @APIResponse(responseCode = "204", description = "The grant is gone")
    public void revokeGrant(@PathParam("id") UUID id, @PathParam("firm") UUID firm) {
        onboarding.revokeGrant(id, firm, caller.get());
    }

    /**
     * The partner's grants in firm order: all for its organization and the admin, the firm's own for a firm's staff;
     * {@code limit} 1 to 100 (default 20), {@code cursor} the firm the page before ended with.
     */
    @GET
    @Path("/{id}/grants")
    @Operation(operationId = "listPartnerGrants")
    public RestResponse<Page<GrantView>> grants(
            @PathParam("id") UUID id, @BeanParam PageQuery paging, @Context UriInfo uri) {
        int size = paging.size();
        List<GrantView> page = onboarding.grants(id, caller.get(), paging.afterId(), size);
        String next = page.size() < size
                ? null
                : page.get(page.size() - 1).firmOrganizationId().toString();
        return Page.of(page, next, uri).toResponse();
    }

    private static RestResponse<PartnerView> ok(PartnerView view) {
        return ETags.ok(view, view.version());
    }
}
