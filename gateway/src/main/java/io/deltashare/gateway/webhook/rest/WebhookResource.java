package io.deltashare.gateway.webhook.rest;

import io.deltashare.contracts.webhook.WebhookEvents;
import io.deltashare.gateway.webhook.application.Deliveries;
import io.deltashare.gateway.webhook.application.DeliveryView;
import io.deltashare.gateway.webhook.application.SubscriptionView;
import io.deltashare.gateway.webhook.application.Subscriptions;
import io.deltashare.gateway.webhook.domain.DeliveryStatus;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Webhooks for partner portals: a partner client subscribes an HTTPS endpoint to event types about its linked firms,
 * reads its delivery log and asks for redelivery. Deliveries are signed with the secret shown once at subscription.
 */
@Tag(name = "Webhooks", description = "Partner portals' subscriptions to events and their deliveries")
@Path("/api/v1/webhooks")
@RolesAllowed(Roles.PARTNER)
public class WebhookResource {

    /** The event types one can subscribe to. */
    public record EventTypes(List<String> items) {}

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final IdempotentRequests idempotent;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    WebhookResource(
            Subscriptions subscriptions,
            Deliveries deliveries,
            IdempotentRequests idempotent,
            CurrentCaller caller,
            JsonWebToken token) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.idempotent = idempotent;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Path("/event-types")
    @Operation(operationId = "listWebhookEventTypes")
    public EventTypes eventTypes() {
        return new EventTypes(WebhookEvents.TYPES);
    }

    /**
     * Subscribes; the answer, and only it, carries the signing {@code secret}: a replay of the request with its
     * {@code Idempotency-Key} gets the subscription without it.
     */
    @POST
    @Path("/subscriptions")
    @Operation(operationId = "createWebhookSubscription")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed; the answer, and only it, carries the signing `secret`",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubscriptionView.class)))
    public Response subscribe(
            @Valid @NotNull Subscriptions.NewSubscription request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotent.execute(
                idempotencyKey,
                "POST /api/v1/webhooks/subscriptions",
                request,
                () -> {
                    SubscriptionView created = subscriptions.register(
                            request,
                            caller.get(),
                            Optional.ofNullable(token.<Object>getClaim("azp"))
                                    .map(Object::toString)
                                    .orElse(null));
                    return Response.created(uri.getAbsolutePathBuilder()
                                    .path(created.id().toString())
                                    .build())
                            .entity(created)
                            .build();
                },
                answered -> ((SubscriptionView) answered).withoutSecret());
    }

    @GET
    @Path("/subscriptions")
    @Operation(
            operationId = "listWebhookSubscriptions",
            summary = "The partner's subscriptions, cancelled ones too, newest first; follow next")
    public RestResponse<Page<SubscriptionView>> list(@BeanParam PageQuery paging, @Context UriInfo uri) {
        int size = paging.size();
        return Page.of(
                        subscriptions.list(caller.get(), paging.after(), size),
                        size,
                        s -> new Cursor(s.createdAt(), s.id()),
                        uri)
                .toResponse();
    }

    @GET
    @Path("/subscriptions/{id}")
    @Operation(operationId = "getWebhookSubscription")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return subscriptions.get(id, caller.get());
    }

    /** Stops deliveries; the subscription and its log stay readable. */
    @DELETE
    @Path("/subscriptions/{id}")
    @Operation(operationId = "cancelWebhookSubscription")
    public SubscriptionView cancel(@PathParam("id") UUID id) {
        return subscriptions.cancel(id, caller.get());
    }

    /** The delivery log, oldest first, 50 (or {@code limit}) a page, with a {@code next} link. */
    @GET
    @Path("/subscriptions/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries")
    public RestResponse<Page<DeliveryView>> log(
            @PathParam("id") UUID id,
            @QueryParam("status") String status,
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
        DeliveryStatus wanted = QueryParams.enumValue("status", status, DeliveryStatus.class);
        Deliveries.DeliveryLog log = deliveries.log(
                id, caller.get(), wanted == null ? null : wanted.name(), cursor, QueryParams.pageSize(limit, 50, 200));
        return Page.of(log.items(), log.nextCursor(), uri).toResponse();
    }

    /** One delivery with the body that is sent and every attempt. */
    @GET
    @Path("/deliveries/{id}")
    @Operation(operationId = "getWebhookDelivery")
    public DeliveryView delivery(@PathParam("id") UUID id) {
        return deliveries.get(id, caller.get());
    }

    /** Sends the delivery again now, with a fresh series of retries. */
    @POST
    @Path("/deliveries/{id}/redelivery")
    @Operation(operationId = "redeliverWebhook")
    @APIResponse(
            responseCode = "202",
            description = "Queued to be sent again now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliver(@PathParam("id") UUID id) {
        return Response.accepted(deliveries.redeliver(id, caller.get())).build();
    }
}
