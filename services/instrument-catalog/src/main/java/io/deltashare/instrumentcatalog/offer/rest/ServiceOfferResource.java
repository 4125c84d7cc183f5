package io.deltashare.instrumentcatalog.offer.rest;

import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.instrumentcatalog.offer.application.OfferDetails;
import io.deltashare.instrumentcatalog.offer.application.ServiceOfferQueries;
import io.deltashare.instrumentcatalog.offer.application.ServiceOfferService;
import io.deltashare.instrumentcatalog.offer.application.ServiceOfferView;
import io.deltashare.instrumentcatalog.offer.domain.OfferStatus;
import io.deltashare.instrumentcatalog.offer.domain.OfferType;
import io.deltashare.instrumentcatalog.offer.persistence.ServiceOfferSearch;
import io.deltashare.instrumentcatalog.search.application.Found;
import io.deltashare.instrumentcatalog.search.domain.SearchText;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.ETags;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
 * Services besides instrument time (testing packages, technical development, facility packages): public search and
 * reading; offering, changes, pauses and withdrawal for staff of the owning provider; review by the platform admin.
 */
@Tag(name = "Service offers", description = "Testing packages, development services and facility packages")
@Path("/api/v1/service-offers")
@Authenticated
public class ServiceOfferResource {

    /** A new service: the owning provider and what it offers. */
    @Schema(
            examples = "{\"providerId\":\"2d7e9f10-4a5b-4c6d-8e9f-0a1b2c3d4e5f\",\"details\":" + OfferDetails.EXAMPLE
                    + "}")
    public record NewOffer(
            @NotNull UUID providerId, @NotNull @Valid OfferDetails details) {}

    /** Why the platform refuses an offer or its change. */
    @Schema(name = "ServiceOfferReviewRefusal", examples = "{\"reason\":\"state the standard the test follows\"}")
    public record ReviewRefusal(
            @NotNull @Size(min = 1, max = 500) String reason) {}

    private final ServiceOfferService offers;
    private final ServiceOfferQueries queries;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    ServiceOfferResource(
            ServiceOfferService offers,
            ServiceOfferQueries queries,
            IdempotentRequests idempotency,
            CurrentCaller caller) {
        this.offers = offers;
        this.queries = queries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /**
     * Live services by keywords (Chinese or English, in name, description, standard and category) and filters;
     * {@code limit} 1 to 100 (default 20), follow {@code next}. Ordered by relevance with keywords, else by name.
     */
    @GET
    @Operation(operationId = "searchServiceOffers")
    @PermitAll
    public RestResponse<Page<ServiceOfferView>> search(
            @QueryParam("q") String q,
            @QueryParam("region") String region,
            @QueryParam("city") String city,
            @QueryParam("category") String category,
            @QueryParam("type") String type,
            @QueryParam("kind") String kind,
            @QueryParam("provider") String provider,
            @QueryParam("sort") String sort,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        List<String> keywords = SearchText.keywords(q);
        ServiceOfferSearch.Sort order = QueryParams.enumValue("sort", sort, ServiceOfferSearch.Sort.class);
        if (order == null) {
            order = keywords.isEmpty() ? ServiceOfferSearch.Sort.NAME : ServiceOfferSearch.Sort.RELEVANCE;
        }
        if (order == ServiceOfferSearch.Sort.RELEVANCE && keywords.isEmpty()) {
            throw Rejected.invalid("sort", "relevance needs keywords in q");
        }
        OfferType offerType = QueryParams.enumValue("type", type, OfferType.class);
        ServiceKind serviceKind = QueryParams.enumValue("kind", kind, ServiceKind.class);
        ServiceOfferSearch.Criteria criteria = new ServiceOfferSearch.Criteria(
                keywords,
                QueryParams.region(region),
                QueryParams.text(city),
                QueryParams.text(category),
                offerType == null ? null : offerType.name(),
                serviceKind == null ? null : serviceKind.name(),
                QueryParams.uuid("provider", provider),
                order);
        Found<ServiceOfferView> page = queries.search(criteria, paging.cursor(), paging.size());
        return Page.of(page.items(), page.nextCursor(), uri).toResponse();
    }

    @POST
    @Operation(operationId = "submitServiceOffer")
    @RolesAllowed(Roles.PROVIDER)
    @APIResponse(
            responseCode = "201",
            description = "Submitted for review; `Location` names the service and `ETag` its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceOfferView.class)))
    public Response submit(
            @Valid @NotNull NewOffer request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/service-offers", request, () -> {
            ServiceOfferView submitted = offers.submit(request.providerId(), request.details(), caller.get());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(submitted.id().toString())
                            .build())
                    .tag(ETags.of(submitted.version()))
                    .entity(submitted)
                    .build();
        });
    }

    @GET
    @Operation(operationId = "getServiceOffer")
    @PermitAll
    @Path("/{id}")
    public RestResponse<ServiceOfferView> get(@PathParam("id") UUID id) {
        return withETag(offers.get(id, caller.get()));
    }

    /** The provider changes the offer: a live one keeps its terms until the change is approved. */
    @PUT
    @Path("/{id}")
    @Operation(operationId = "reviseServiceOffer")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<ServiceOfferView> revise(
            @PathParam("id") UUID id,
            @Valid @NotNull OfferDetails details,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(offers.revise(id, details, ETags.expected(ifMatch), caller.get()));
    }

    /**
     * Offers and changes of live offers that wait for review, in id order; {@code limit} 1 to 100 (default 20),
     * follow {@code next}.
     */
    @GET
    @Path("/review-queue")
    @Operation(operationId = "listServiceOffersForReview")
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Page<ServiceOfferView>> reviewQueue(@BeanParam PageQuery paging, @Context UriInfo uri) {
        int size = paging.size();
        List<ServiceOfferView> page = offers.awaitingReview(paging.afterId(), size, caller.get());
        String next = page.size() < size ? null : page.get(page.size() - 1).id().toString();
        return Page.of(page, next, uri).toResponse();
    }

    @POST
    @Path("/{id}/listing-approval")
    @Operation(operationId = "approveServiceOfferListing")
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<ServiceOfferView> approve(@PathParam("id") UUID id) {
        return withETag(offers.approve(id, caller.get()));
    }

    @POST
    @Path("/{id}/listing-rejection")
    @Operation(operationId = "rejectServiceOfferListing")
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<ServiceOfferView> reject(@PathParam("id") UUID id, @Valid @NotNull ReviewRefusal refusal) {
        return withETag(offers.reject(id, refusal.reason(), caller.get()));
    }

    /** The provider stops taking requests for a while; the offer stays in the catalog as {@code PAUSED}. */
    @POST
    @Path("/{id}/pause")
    @Operation(operationId = "pauseServiceOffer")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<ServiceOfferView> pause(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(offers.changeStatus(id, OfferStatus.PAUSED, ETags.expectedIfGiven(ifMatch), caller.get()));
    }

    @POST
    @Path("/{id}/activation")
    @Operation(operationId = "activateServiceOffer")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<ServiceOfferView> activate(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(offers.changeStatus(id, OfferStatus.ACTIVE, ETags.expectedIfGiven(ifMatch), caller.get()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(operationId = "withdrawServiceOffer")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<ServiceOfferView> withdraw(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(offers.changeStatus(id, OfferStatus.WITHDRAWN, ETags.expectedIfGiven(ifMatch), caller.get()));
    }

    private static RestResponse<ServiceOfferView> withETag(ServiceOfferView offer) {
        return ETags.ok(offer, offer.version());
    }
}
