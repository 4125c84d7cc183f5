package io.deltashare.instrumentcatalog.provider.rest;

import io.deltashare.instrumentcatalog.provider.application.ProviderDetails;
import io.deltashare.instrumentcatalog.provider.application.ProviderService;
import io.deltashare.instrumentcatalog.provider.application.ProviderView;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.ETags;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Providers: operators register them; anyone signed in reads them; operators or own staff update them. */
@Tag(name = "Providers", description = "Organizations that open instruments and services to the public")
@Path("/api/v1/providers")
@Authenticated
public class ProviderResource {

    /** Registration: the provider's Keycloak organization and its details. */
    @Schema(
            examples = "{\"organizationId\":\"0a1f0c5e-5d4b-4b8e-9f00-000000000201\",\"details\":"
                    + ProviderDetails.EXAMPLE + "}")
    public record NewProvider(
            @NotNull UUID organizationId, @NotNull @Valid ProviderDetails details) {}

    private final ProviderService providers;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    ProviderResource(ProviderService providers, IdempotentRequests idempotency, CurrentCaller caller) {
        this.providers = providers;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "registerProvider")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Registered; `Location` names the provider and `ETag` its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProviderView.class)))
    public Response register(
            @Valid @NotNull NewProvider request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/providers", request, () -> {
            ProviderView created = providers.register(request.organizationId(), request.details());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(created.id().toString())
                            .build())
                    .tag(ETags.of(created.version()))
                    .entity(created)
                    .build();
        });
    }

    /** Providers, {@code limit} (1 to 100, default 50) a page in id order; follow {@code next}. */
    @GET
    @Operation(operationId = "listProviders")
    @PermitAll
    public RestResponse<Page<ProviderView>> list(
            @QueryParam("region") String region,
            @QueryParam("organization") String organization,
            @QueryParam("cursor") String cursor,
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
        List<ProviderView> page = providers.list(
                QueryParams.region(region), oneId("organization", organization), oneId("cursor", cursor), size);
        return Page.of(
                        page,
                        page.size() < size
                                ? null
                                : page.get(page.size() - 1).id().toString(),
                        uri)
                .toResponse();
    }

    private static UUID oneId(String name, String value) {
        return value == null || value.isBlank()
                ? null
                : QueryParams.uuids(name, List.of(value), 1).iterator().next();
    }

    @GET
    @Operation(operationId = "getProvider")
    @PermitAll
    @Path("/{id}")
    public RestResponse<ProviderView> get(@PathParam("id") UUID id) {
        ProviderView provider = providers.get(id);
        return ETags.ok(provider, provider.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateProvider")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public RestResponse<ProviderView> update(
            @PathParam("id") UUID id,
            @Valid @NotNull ProviderDetails details,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        ProviderView updated = providers.update(id, details, ETags.expected(ifMatch), caller.get());
        return ETags.ok(updated, updated.version());
    }
}
