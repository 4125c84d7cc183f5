package io.deltashare.booking.quotation.rest;

import io.deltashare.booking.order.application.OrderView;
import io.deltashare.booking.quotation.application.Quotations;
import io.deltashare.booking.quotation.application.QuoteRequestView;
import io.deltashare.booking.quotation.application.QuoteView;
import io.deltashare.booking.quotation.domain.QuoteRequest;
import io.deltashare.booking.quotation.domain.QuoteRequestStatus;
import io.deltashare.booking.quotation.domain.QuoteTerms;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.ETags;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Requests for quotation (询价): customers ask providers for quotes on a service, providers' staff quote or withdraw,
 * the customer accepts one quote, which places the order.
 */
@Tag(name = "Quote requests", description = "Requests for quotation (询价), providers' quotes and their acceptance")
@Path("/api/v1/quote-requests")
public class QuoteRequestResource {

    /**
     * What a customer asks for, and whom: the providers of {@code serviceOfferIds}, or every provider with an active
     * service of {@code category} in {@code regions}.
     */
    @Schema(
            examples = "{\"title\":\"Drainage robot with a self-priming pump\",\"description\":\"A tracked,"
                    + " remote-controlled, diesel-driven self-priming pump and the robot that carries it\","
                    + "\"category\":\"equipment-development\",\"regions\":[\"CN-SH\",\"CN-ZJ\"],"
                    + "\"wantedBy\":\"2027-06-30\",\"respondBy\":\"2026-12-20T10:00:00Z\"}")
    public record NewQuoteRequest(
            @Schema(description = "the linked firm a partner portal asks for; others leave it out")
            UUID firmOrganizationId,

            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String description,
            @Size(max = QuoteRequest.MAX_RECIPIENTS) List<@NotNull UUID> serviceOfferIds,
            @Size(max = 50) String category,
            @Size(max = 40) List<@NotNull String> regions,
            LocalDate wantedBy,
            @NotNull Instant respondBy) {}

    /** A provider's quote: price, deliverables, milestones with their share of the price, validity, cancellation. */
    @Schema(
            examples = "{\"price\":{\"amount\":\"600000.00\",\"currency\":\"CNY\"},\"deliverables\":\"Prototype pump"
                    + " with test report; drainage robot system\",\"milestones\":[{\"title\":\"Prototype pump and test"
                    + " report\",\"sharePercent\":50,\"due\":\"2027-03-31\"},{\"title\":\"Drainage robot system\","
                    + "\"sharePercent\":50,\"due\":\"2027-06-30\"}],\"validUntil\":\"2026-12-31\","
                    + "\"cancellationFeePercent\":20,\"cancellationTerms\":\"20 % of the milestones not yet"
                    + " accepted\"}")
    public record QuoteBody(
            @NotNull Money price,
            @NotBlank @Size(max = 4000) String deliverables,

            @NotNull @Size(min = 1, max = QuoteTerms.MAX_MILESTONES)
            List<@NotNull @Valid MilestoneBody> milestones,

            @NotNull LocalDate validUntil,
            @NotNull @Min(0) @Max(100) Integer cancellationFeePercent,
            @Size(max = 2000) String cancellationTerms) {

        QuoteTerms terms() {
            return new QuoteTerms(
                    price.fen(),
                    deliverables,
                    milestones.stream()
                            .map(m -> new QuoteTerms.QuotedMilestone(m.title(), m.sharePercent(), m.due()))
                            .toList(),
                    validUntil,
                    cancellationFeePercent,
                    cancellationTerms);
        }
    }

    /**
     * How the firm pays an accepted quote besides its own money: a voucher it names, or with {@code "voucher":
     * "auto"} the one the system picks (一键下单); no body, or neither: no voucher. With a voucher the order waits
     * ({@code AWAITING_VOUCHER}) until the voucher holds its share ({@code ACTIVE}) or refuses ({@code REJECTED}, the
     * request open again).
     */
    @Schema(examples = "{\"voucherId\":\"3c3c0000-0000-4000-8000-000000000001\"}")
    public record Acceptance(
            @Schema(nullable = true, description = "a voucher of the firm to pay part of the order")
            UUID voucherId,

            @Schema(
                    nullable = true,
                    description = "`auto`: the system picks the firm's voucher that applies (or none);"
                            + " `none` or absent: no voucher unless voucherId names one")
            @jakarta.validation.constraints.Pattern(
                    regexp = "auto|none",
                    message = "is auto or none; to name a voucher, send voucherId")
            String voucher) {}

    /** A quoted milestone: what is delivered, its share of the price in percent, when. */
    public record MilestoneBody(
            @NotBlank @Size(max = 200) String title,
            @NotNull @Min(1) @Max(100) Integer sharePercent,
            @NotNull LocalDate due) {}

    private final Quotations quotations;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    QuoteRequestResource(Quotations quotations, IdempotentRequests idempotency, CurrentCaller caller) {
        this.quotations = quotations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "requestQuotes",
            summary = "A customer asks the providers of named services, or every provider of a category in chosen"
                    + " regions (at most 20), for quotes")
    @APIResponse(
            responseCode = "201",
            description = "Sent; `Location` names the request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteRequestView.class)))
    public Response ask(
            @Valid @NotNull NewQuoteRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        Quotations.Asking asking = asking(request);
        return idempotency.execute(idempotencyKey, "POST /api/v1/quote-requests", request, () -> {
            QuoteRequestView sent = quotations.ask(asking, caller.get().subject(), caller.get());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(sent.id().toString())
                            .build())
                    .tag(ETags.of(sent.version()))
                    .entity(sent)
                    .build();
        });
    }

    @GET
    @Operation(
            operationId = "listQuoteRequests",
            summary = "The requests the caller made or (as a provider's staff) received, in id order; an admin's all."
                    + " `limit` 1 to 100 (default 20), follow `next`")
    public RestResponse<Page<QuoteRequestView>> list(
            @Parameter(description = "only requests in this state") @QueryParam("status") String status,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        int size = paging.size();
        List<QuoteRequestView> page = quotations.list(
                caller.get(),
                QueryParams.enumValue("status", status, QuoteRequestStatus.class),
                paging.afterId(),
                size);
        String next = page.size() < size ? null : page.get(page.size() - 1).id().toString();
        return Page.of(page, next, uri).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getQuoteRequest",
            summary = "A request with the quotes the caller may see: the firm all, a provider its own")
    public RestResponse<QuoteRequestView> get(@PathParam("id") UUID id) {
        QuoteRequestView request = quotations.get(id, caller.get());
        return ETags.ok(request, request.version());
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "cancelQuoteRequest",
            summary = "The customer withdraws an open request; its quotes can no longer be accepted")
    public RestResponse<QuoteRequestView> cancel(@PathParam("id") UUID id) {
        QuoteRequestView request = quotations.cancel(id, caller.get());
        return ETags.ok(request, request.version());
    }

    @POST
    @Path("/{id}/quotes")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(
            operationId = "submitQuote",
            summary = "Staff of a provider the request went to quote, until `respondBy`; one live quote per provider")
    @APIResponse(
            responseCode = "201",
            description = "Quoted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteView.class)))
    public Response quote(
            @PathParam("id") UUID id,
            @Valid @NotNull QuoteBody quote,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/quote-requests/" + id + "/quotes", quote, () -> {
            QuoteView quoted = quotations.quote(id, quote.terms(), caller.get());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(quoted.id().toString())
                            .build())
                    .entity(quoted)
                    .build();
        });
    }

    @POST
    @Path("/{id}/quotes/{quoteId}/withdrawal")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "withdrawQuote", summary = "The provider takes back its quote while it is not accepted")
    public QuoteView withdraw(@PathParam("id") UUID id, @PathParam("quoteId") UUID quoteId) {
        return quotations.withdraw(id, quoteId, caller.get());
    }

    @POST
    @Path("/{id}/quotes/{quoteId}/acceptance")
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "acceptQuote",
            summary = "The customer accepts a quote that still holds: the request is awarded and the order placed with"
                    + " the quote's terms; of two acceptances of one request, one wins and the other gets 409")
    @APIResponse(
            responseCode = "201",
            description = "Ordered; `Location` names the order and `ETag` its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrderView.class)))
    public Response accept(
            @PathParam("id") UUID id,
            @PathParam("quoteId") UUID quoteId,
            @Valid Acceptance acceptance,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        Quotations.Paying paying = acceptance == null
                ? Quotations.Paying.ALONE
                : new Quotations.Paying(acceptance.voucherId(), "auto".equals(acceptance.voucher()));
        return idempotency.execute(
                idempotencyKey,
                "POST /api/v1/quote-requests/" + id + "/quotes/" + quoteId + "/acceptance",
                acceptance == null ? Map.of("quote", quoteId) : acceptance,
                () -> {
                    OrderView order = quotations.accept(id, quoteId, paying, caller.get());
                    return Response.created(uri.getBaseUriBuilder()
                                    .path("api/v1/orders")
                                    .path(order.id().toString())
                                    .build())
                            .tag(ETags.of(order.version()))
                            .entity(order)
                            .build();
                });
    }

    /** The request's recipients: named services, or a category and regions, never both or neither. */
    private static Quotations.Asking asking(NewQuoteRequest request) {
        List<UUID> offers = request.serviceOfferIds() == null ? List.of() : request.serviceOfferIds();
        String category = QueryParams.text(request.category());
        List<String> regionCodes = request.regions() == null ? List.of() : request.regions();
        if (offers.isEmpty() == (category == null)) {
            throw Rejected.invalid(
                    "serviceOfferIds", "name the services to ask, or a category and regions to ask every provider of");
        }
        if (category != null && regionCodes.isEmpty()) {
            throw Rejected.invalid("regions", "name the regions whose providers of " + category + " to ask");
        }
        Set<Region> regions = new LinkedHashSet<>();
        for (int i = 0; i < regionCodes.size(); i++) {
            try {
                regions.add(Region.ofCode(regionCodes.get(i)));
            } catch (IllegalArgumentException e) {
                throw Rejected.invalid("regions[" + i + "]", e.getMessage());
            }
        }
        return new Quotations.Asking(
                request.firmOrganizationId(),
                request.title(),
                request.description(),
                offers,
                category,
                regions,
                request.wantedBy(),
                request.respondBy());
    }
}
