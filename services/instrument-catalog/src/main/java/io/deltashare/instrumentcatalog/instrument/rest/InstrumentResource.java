package io.deltashare.instrumentcatalog.instrument.rest;

import io.deltashare.contracts.money.Money;
import io.deltashare.instrumentcatalog.instrument.application.InstrumentDetails;
import io.deltashare.instrumentcatalog.instrument.application.InstrumentQueries;
import io.deltashare.instrumentcatalog.instrument.application.InstrumentService;
import io.deltashare.instrumentcatalog.instrument.application.InstrumentView;
import io.deltashare.instrumentcatalog.instrument.domain.BookingMode;
import io.deltashare.instrumentcatalog.instrument.domain.InstrumentStatus;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentSearch;
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

/** Instruments: search for anyone signed in; listing, updates and status changes for staff of the owning provider. */
@Tag(name = "Instruments", description = "Instruments, their listing review and bilingual search")
@Path("/api/v1/instruments")
@Authenticated
public class InstrumentResource {

    /** A new listing: the owning provider and the instrument's details. */
    @Schema(
            examples = "{\"providerId\":\"2d7e9f10-4a5b-4c6d-8e9f-0a1b2c3d4e5f\",\"details\":"
                    + InstrumentDetails.EXAMPLE + "}")
    public record NewInstrument(
            @NotNull UUID providerId, @NotNull @Valid InstrumentDetails details) {}

    private final InstrumentService instruments;
    private final InstrumentQueries queries;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    InstrumentResource(
            InstrumentService instruments,
            InstrumentQueries queries,
            IdempotentRequests idempotency,
            CurrentCaller caller) {
        this.instruments = instruments;
        this.queries = queries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "searchInstruments")
    @PermitAll
    public RestResponse<Page<InstrumentView>> search(
            @QueryParam("q") String q,
            @QueryParam("region") String region,
            @QueryParam("city") String city,
            @QueryParam("category") String category,
            @QueryParam("mode") String mode,
            @QueryParam("voucherEligible") String voucherEligible,
            @QueryParam("tier") String tier,
            @QueryParam("maxPrice") String maxPrice,
            @QueryParam("provider") String provider,
            @QueryParam("sort") String sort,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        List<String> keywords = SearchText.keywords(q);
        InstrumentSearch.Sort order = QueryParams.enumValue("sort", sort, InstrumentSearch.Sort.class);
        if (order == null) {
            order = keywords.isEmpty() ? InstrumentSearch.Sort.NAME : InstrumentSearch.Sort.RELEVANCE;
        }
        if (order == InstrumentSearch.Sort.RELEVANCE && keywords.isEmpty()) {
            throw Rejected.invalid("sort", "relevance needs keywords in q");
        }
        InstrumentSearch.Tier priceTier = QueryParams.enumValue("tier", tier, InstrumentSearch.Tier.class);
        BookingMode bookingMode = QueryParams.enumValue("mode", mode, BookingMode.class);
        InstrumentSearch.Criteria criteria = new InstrumentSearch.Criteria(
                keywords,
                QueryParams.region(region),
                QueryParams.text(city),
                QueryParams.text(category),
                bookingMode == null ? null : bookingMode.name(),
                bool("voucherEligible", voucherEligible),
                priceTier == null ? InstrumentSearch.Tier.ENTERPRISE : priceTier,
                price(maxPrice),
                QueryParams.uuid("provider", provider),
                order);
        Found<InstrumentView> page = queries.search(criteria, paging.cursor(), paging.size());
        return Page.of(page.items(), page.nextCursor(), uri).toResponse();
    }

    @POST
    @Operation(operationId = "listInstrument")
    @RolesAllowed(Roles.PROVIDER)
    @APIResponse(
            responseCode = "201",
            description = "Listed; `Location` names the instrument and `ETag` its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InstrumentView.class)))
    public Response list(
            @Valid @NotNull NewInstrument request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/instruments", request, () -> {
            InstrumentView listed = instruments.list(request.providerId(), request.details(), caller.get());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(listed.id().toString())
                            .build())
                    .tag(ETags.of(listed.version()))
                    .entity(listed)
                    .build();
        });
    }

    @GET
    @Operation(operationId = "getInstrument")
    @PermitAll
    @Path("/{id}")
    public RestResponse<InstrumentView> get(@PathParam("id") UUID id) {
        return withETag(instruments.get(id, caller.get()));
    }

    /** Why the platform refuses a listing or its change. */
    @Schema(name = "InstrumentReviewRefusal", examples = "{\"reason\":\"give the room the instrument stands in\"}")
    public record ReviewRefusal(
            @NotNull @Size(min = 1, max = 500) String reason) {}

    /** The bureau's designation: whether vouchers pay for the instrument. */
    @Schema(examples = "{\"eligible\":true}")
    public record VoucherEligibility(@NotNull Boolean eligible) {}

    /**
     * Listings and changes of live listings that wait for review, in id order; {@code limit} 1 to 100 (default 20),
     * follow {@code next}.
     */
    @GET
    @Path("/review-queue")
    @Operation(operationId = "listInstrumentsForReview")
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Page<InstrumentView>> reviewQueue(@BeanParam PageQuery paging, @Context UriInfo uri) {
        int size = paging.size();
        UUID after = paging.afterId();
        List<InstrumentView> page = instruments.awaitingReview(after, size, caller.get());
        return Page.of(
                        page,
                        page.size() < size
                                ? null
                                : page.get(page.size() - 1).id().toString(),
                        uri)
                .toResponse();
    }

    /** The platform approves a new listing (it goes live) or a change of a live one (it replaces the listing). */
    @POST
    @Path("/{id}/listing-approval")
    @Operation(operationId = "approveInstrumentListing")
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<InstrumentView> approveListing(@PathParam("id") UUID id) {
        return withETag(instruments.approveListing(id, caller.get()));
    }

    /** The platform refuses a new listing ({@code REJECTED}) or a change (the live listing stays), with a reason. */
    @POST
    @Path("/{id}/listing-rejection")
    @Operation(operationId = "rejectInstrumentListing")
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<InstrumentView> rejectListing(@PathParam("id") UUID id, @Valid @NotNull ReviewRefusal refusal) {
        return withETag(instruments.rejectListing(id, refusal.reason(), caller.get()));
    }

    /** The bureau of the provider's region designates whether vouchers pay for the instrument. */
    @PUT
    @Path("/{id}/voucher-eligibility")
    @Operation(operationId = "designateVoucherEligibility")
    @RolesAllowed(Roles.BUREAU)
    public RestResponse<InstrumentView> designateVoucherEligibility(
            @PathParam("id") UUID id, @Valid @NotNull VoucherEligibility designation) {
        return withETag(instruments.designateVoucherEligible(id, designation.eligible(), caller.get()));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateInstrument")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<InstrumentView> update(
            @PathParam("id") UUID id,
            @Valid @NotNull InstrumentDetails details,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(instruments.update(id, details, ETags.expected(ifMatch), caller.get()));
    }

    @POST
    @Path("/{id}/maintenance")
    @Operation(operationId = "startInstrumentMaintenance")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<InstrumentView> startMaintenance(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(instruments.changeStatus(
                id, InstrumentStatus.MAINTENANCE, ETags.expectedIfGiven(ifMatch), caller.get()));
    }

    @POST
    @Path("/{id}/activation")
    @Operation(operationId = "activateInstrument")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<InstrumentView> activate(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(
                instruments.changeStatus(id, InstrumentStatus.ACTIVE, ETags.expectedIfGiven(ifMatch), caller.get()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(operationId = "withdrawInstrument")
    @RolesAllowed(Roles.PROVIDER)
    public RestResponse<InstrumentView> withdraw(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(
                instruments.changeStatus(id, InstrumentStatus.WITHDRAWN, ETags.expectedIfGiven(ifMatch), caller.get()));
    }

    private static RestResponse<InstrumentView> withETag(InstrumentView instrument) {
        return ETags.ok(instrument, instrument.version());
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Rejected.invalid(name, "must be true or false");
        };
    }

    private static Long price(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Money money = Money.parse(value.trim());
            if (money.isNegative()) {
                throw Rejected.invalid("maxPrice", "must not be negative");
            }
            return money.fen();
        } catch (IllegalArgumentException e) {
            throw Rejected.invalid("maxPrice", e.getMessage());
        }
    }
}
