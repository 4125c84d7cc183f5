package io.deltashare.booking.order.rest;

import io.deltashare.booking.order.application.OrderView;
import io.deltashare.booking.order.application.Orders;
import io.deltashare.booking.order.domain.OrderStatus;
import io.deltashare.platform.rest.ETags;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Orders for services, placed by accepting a quote: the provider's staff deliver milestones; the customer accepts
 * them (which bills them), disputes them, or cancels the order on the quote's terms. Moves take {@code If-Match}
 * when given.
 */
@Tag(name = "Orders", description = "Orders for testing and development services, milestone by milestone")
@Path("/api/v1/orders")
public class OrderResource {

    /** What the provider delivers with a milestone: a note for the firm (files are uploaded as deliverables). */
    @Schema(examples = "{\"note\":\"Prototype pump delivered to the firm's site; test report uploaded\"}")
    public record Delivery(@NotBlank @Size(max = 2000) String note) {}

    /** Why the firm disputes a delivered milestone; the provider reads it and delivers again. */
    @Schema(
            name = "MilestoneDispute",
            examples = "{\"reason\":\"The flow rate measured 62 m³/h, not the 80 m³/h agreed\"}")
    public record Dispute(@NotBlank @Size(max = 2000) String reason) {}

    private final Orders orders;
    private final CurrentCaller caller;

    OrderResource(Orders orders, CurrentCaller caller) {
        this.orders = orders;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listOrders",
            summary = "The orders the caller's organizations placed or serve, in id order; an admin's all."
                    + " `limit` 1 to 100 (default 20), follow `next`")
    public RestResponse<Page<OrderView>> list(
            @Parameter(description = "only orders in this state") @QueryParam("status") String status,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        int size = paging.size();
        List<OrderView> page = orders.list(
                caller.get(), QueryParams.enumValue("status", status, OrderStatus.class), paging.afterId(), size);
        String next = page.size() < size ? null : page.get(page.size() - 1).id().toString();
        return Page.of(page, next, uri).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrder")
    public RestResponse<OrderView> get(@PathParam("id") UUID id) {
        return ok(orders.get(id, caller.get()));
    }

    @POST
    @Path("/{id}/milestones/{number}/delivery")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(
            operationId = "deliverMilestone",
            summary = "The provider's staff deliver a pending (or disputed) milestone")
    public RestResponse<OrderView> deliver(
            @PathParam("id") UUID id,
            @PathParam("number") int number,
            @Valid @NotNull Delivery delivery,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return ok(orders.deliver(id, number, delivery.note(), ETags.expectedIfGiven(ifMatch), caller.get()));
    }

    @POST
    @Path("/{id}/milestones/{number}/acceptance")
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "acceptMilestone",
            summary = "The customer accepts a delivered milestone: it is billed (and a voucher pays its share);"
                    + " accepting the last completes the order")
    public RestResponse<OrderView> acceptMilestone(
            @PathParam("id") UUID id, @PathParam("number") int number, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return ok(orders.acceptMilestone(id, number, ETags.expectedIfGiven(ifMatch), caller.get()));
    }

    @POST
    @Path("/{id}/milestones/{number}/dispute")
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "disputeMilestone",
            summary = "The customer disputes a delivered milestone, saying why; the provider delivers it again")
    public RestResponse<OrderView> dispute(
            @PathParam("id") UUID id,
            @PathParam("number") int number,
            @Valid @NotNull Dispute dispute,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return ok(orders.dispute(id, number, dispute.reason(), ETags.expectedIfGiven(ifMatch), caller.get()));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.FIRM, Roles.RESEARCHER, Roles.PARTNER})
    @Operation(
            operationId = "cancelOrder",
            summary = "The customer cancels an order that has not ended; it owes the quote's cancellation share of"
                    + " the milestones not yet accepted (`cancellationFee` in the order)")
    public RestResponse<OrderView> cancel(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return ok(orders.cancel(id, ETags.expectedIfGiven(ifMatch), caller.get()));
    }

    private static RestResponse<OrderView> ok(OrderView order) {
        return ETags.ok(order, order.version());
    }
}
