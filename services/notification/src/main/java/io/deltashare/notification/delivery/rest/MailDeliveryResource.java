package io.deltashare.notification.delivery.rest;

import io.deltashare.notification.delivery.persistence.Mails;
import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.security.CurrentCaller;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The delivery log: every e-mail written, whether it was sent, how often it was tried and why it failed. A platform
 * admin reads everyone's; anyone else reads only the e-mails written to them.
 */
@Path("/api/v1/mail-deliveries")
@Tag(name = "Mail deliveries", description = "The e-mails notifications became, and what became of each")
public class MailDeliveryResource {

    /** One e-mail as the log shows it. */
    public record Delivery(
            UUID id,
            UUID eventId,
            Kind kind,
            UUID recipient,
            String address,

            @Schema(description = "the language it was written in: zh or en", examples = "zh")
            String locale,

            Mails.Status status,

            @Schema(nullable = true, description = "set once it was first written")
            String subject,

            int attempts,

            @Schema(nullable = true, description = "when it is tried next, while PENDING")
            Instant nextAttemptAt,

            @Schema(nullable = true) String lastError,
            Instant createdAt,
            @Schema(nullable = true) Instant sentAt) {

        static Delivery of(Mails.Mail mail) {
            return new Delivery(
                    mail.id(),
                    mail.eventId(),
                    mail.kind(),
                    mail.recipient(),
                    mail.address(),
                    mail.locale().code(),
                    mail.status(),
                    mail.subject(),
                    mail.attempts(),
                    mail.status() == Mails.Status.PENDING ? mail.nextAttemptAt() : null,
                    mail.lastError(),
                    mail.createdAt(),
                    mail.sentAt());
        }
    }

    private final Mails mails;
    private final CurrentCaller caller;

    MailDeliveryResource(Mails mails, CurrentCaller caller) {
        this.mails = mails;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listMailDeliveries",
            summary = "The delivery log, newest first: everyone's for an admin, one's own for anyone else")
    public RestResponse<Page<Delivery>> list(
            @Parameter(description = "PENDING, SENT or FAILED; all when absent") @QueryParam("status") String status,
            @Parameter(description = "one kind of notification, e.g. BOOKING_CONFIRMED") @QueryParam("kind")
                    String kind,
            @Parameter(description = "the e-mails of one event") @QueryParam("eventId") String eventId,
            @Parameter(description = "an admin's filter: the e-mails of one person (their account id)")
                    @QueryParam("recipient")
                    String recipient,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        Caller me = caller.get();
        UUID whose = QueryParams.uuid("recipient", recipient);
        if (!me.isAdmin()) {
            UUID self = UUID.fromString(me.subject());
            if (whose != null && !whose.equals(self)) {
                throw Rejected.forbidden("only an admin reads the e-mails of others");
            }
            whose = self;
        }
        int size = paging.size();
        var page = mails
                .page(
                        whose,
                        QueryParams.enumValue("status", status, Mails.Status.class),
                        QueryParams.enumValue("kind", kind, Kind.class),
                        QueryParams.uuid("eventId", eventId),
                        paging.after(),
                        size)
                .stream()
                .map(Delivery::of)
                .toList();
        return Page.of(page, size, d -> new Cursor(d.createdAt(), d.id()), uri).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMailDelivery", summary = "One e-mail of the log")
    @APIResponse(
            responseCode = "200",
            description = "The e-mail",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Delivery.class)))
    @APIResponse(responseCode = "404", description = "No such e-mail, or not one written to the caller")
    public Delivery get(@Parameter(example = "7d3c2f4e-0d7a-4b52-9a61-2f0a0c1b9e55") @PathParam("id") UUID id) {
        Caller me = caller.get();
        return mails.find(id)
                .filter(mail -> me.isAdmin() || mail.recipient().toString().equals(me.subject()))
                .map(Delivery::of)
                .orElseThrow(() -> Rejected.notFound("e-mail " + id));
    }
}
