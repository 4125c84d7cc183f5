package io.deltashare.platform.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.problem.Problem;
import io.deltashare.platform.problem.ProblemException;
import io.deltashare.platform.rest.Cursor;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
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

/**
 * The operator's view of what this service dead-lettered, through the gateway at
 * {@code /api/v1/dead-letters/<service>}: list, read, replay (one, or all pending), discard with a reason.
 * Platform admins only.
 */
@Path("/api/v1/dead-letters/{service}")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Dead letters", description = "Records a consumer could not apply, and what operators did about them")
public class DeadLetterResource {

    /** Why a dead letter is given up. */
    @Schema(examples = "{\"reason\":\"The booking it refers to was removed by hand; nothing left to apply\"}")
    public record Discarding(@NotBlank @Size(max = 400) String reason) {}

    /** One dead letter; {@code message} (key, headers, body) only when one is asked for by id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadLetterView(
            UUID id,
            String consumer,
            String topic,
            int partition,
            long offset,
            @Schema(nullable = true) UUID eventId,
            @Schema(nullable = true) String eventType,
            @Schema(nullable = true) String eventSource,
            DeadLetterReason reason,
            @Schema(nullable = true) String error,
            int attempts,
            Instant deadLetteredAt,
            DeadLetter.Status status,
            int replays,
            @Schema(nullable = true) String lastReplayError,
            @Schema(nullable = true) Instant resolvedAt,
            @Schema(nullable = true) String resolvedBy,
            @Schema(nullable = true) String resolution,
            @Schema(nullable = true) Message message) {

        static DeadLetterView of(DeadLetter d, boolean withMessage) {
            return new DeadLetterView(
                    d.id(),
                    d.consumer(),
                    d.topic(),
                    d.partition(),
                    d.offset(),
                    d.eventId(),
                    d.eventType(),
                    d.eventSource(),
                    d.reason(),
                    d.error(),
                    d.attempts(),
                    d.deadLetteredAt(),
                    d.status(),
                    d.replays(),
                    d.lastReplayError(),
                    d.resolvedAt(),
                    d.resolvedBy(),
                    d.resolution(),
                    withMessage ? Message.of(d) : null);
        }
    }

    /** The record as it was consumed; bytes shown as UTF-8 text. */
    public record Message(String key, List<HeaderView> headers, String body) {

        static Message of(DeadLetter d) {
            return new Message(
                    text(d.key()),
                    d.headers().stream()
                            .map(h -> new HeaderView(h.key(), text(h.value())))
                            .toList(),
                    text(d.payload()));
        }
    }

    /** A Kafka header. */
    public record HeaderView(String key, String value) {}

    /** What one replay did: {@code outcome} when it went through, {@code error} when not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReplayResult(
            UUID id,
            @Schema(nullable = true) String outcome,
            @Schema(nullable = true) String error) {}

    /** What replaying the pending dead letters did. */
    public record ReplayReport(int replayed, int failed, List<ReplayResult> results) {}

    private final DeadLetters deadLetters;
    private final CurrentCaller caller;

    DeadLetterResource(DeadLetters deadLetters, CurrentCaller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "list{Service}DeadLetters", summary = "This service's dead letters, newest first")
    public RestResponse<Page<DeadLetterView>> list(
            @PathParam("service") String service,
            @Parameter(description = "PENDING, REPLAYED or DISCARDED; all when absent") @QueryParam("status")
                    String status,
            @Parameter(description = "only those of this topic") @QueryParam("topic") String topic,
            @BeanParam PageQuery paging,
            @Context UriInfo uri)
            throws SQLException {
        requireThisService(service);
        int size = paging.size();
        List<DeadLetterView> page = deadLetters
                .page(
                        QueryParams.enumValue("status", status, DeadLetter.Status.class),
                        topic == null || topic.isBlank() ? null : topic.strip(),
                        paging.after(),
                        size)
                .stream()
                .map(d -> DeadLetterView.of(d, false))
                .toList();
        return Page.of(page, size, d -> new Cursor(d.deadLetteredAt(), d.id()), uri)
                .toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "get{Service}DeadLetter",
            summary = "One dead letter with the record it was: key, headers and body")
    public DeadLetterView get(@PathParam("service") String service, @PathParam("id") UUID id) throws SQLException {
        return DeadLetterView.of(found(service, id), true);
    }

    @POST
    @Path("/{id}/replay")
    @APIResponse(
            responseCode = "200",
            description = "Applied, or found to have taken effect meanwhile",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "422", description = "It still cannot be applied: the problem says why")
    @Operation(
            operationId = "replay{Service}DeadLetter",
            summary = "Applies a pending dead letter again, through the inbox (an event that took effect meanwhile "
                    + "changes nothing)")
    public DeadLetterView replay(@PathParam("service") String service, @PathParam("id") UUID id) throws SQLException {
        DeadLetters.Replay replay =
                deadLetters.replay(found(service, id), caller.get().subject());
        if (replay instanceof DeadLetters.Replay.Done done) {
            return DeadLetterView.of(done.deadLetter(), false);
        }
        throw refusal(replay);
    }

    @POST
    @Path("/replay")
    @Operation(
            operationId = "replay{Service}DeadLetters",
            summary = "Replays pending dead letters, each partition in offset order; reports each")
    public ReplayReport replayAll(
            @PathParam("service") String service,
            @Parameter(description = "only those of this topic") @QueryParam("topic") String topic,
            @Parameter(
                            description = "page size, 1 to 500 (default 100)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "500",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit)
            throws SQLException {
        requireThisService(service);
        List<ReplayResult> results = deadLetters
                .replayAll(
                        topic == null || topic.isBlank() ? null : topic.strip(),
                        QueryParams.pageSize(limit, 100, 500),
                        caller.get().subject())
                .stream()
                .map(DeadLetterResource::result)
                .toList();
        int replayed = (int) results.stream().filter(r -> r.outcome() != null).count();
        return new ReplayReport(replayed, results.size() - replayed, results);
    }

    @POST
    @Path("/{id}/discard")
    @Operation(
            operationId = "discard{Service}DeadLetter",
            summary = "Gives a pending dead letter up for good, keeping the reason")
    public DeadLetterView discard(
            @PathParam("service") String service, @PathParam("id") UUID id, @Valid @NotNull Discarding discarding)
            throws SQLException {
        DeadLetter deadLetter = found(service, id);
        return deadLetters
                .discard(deadLetter, discarding.reason().strip(), caller.get().subject())
                .map(d -> DeadLetterView.of(d, false))
                .orElseThrow(() -> Rejected.conflict("not-pending", "dead letter " + id + " was resolved already"));
    }

    private DeadLetter found(String service, UUID id) throws SQLException {
        requireThisService(service);
        return deadLetters.find(id).orElseThrow(() -> Rejected.notFound("dead letter " + id));
    }

    private void requireThisService(String service) {
        if (!deadLetters.consumer().equals(service)) {
            throw Rejected.notFound("no service " + service + " answers here");
        }
    }

    private static RuntimeException refusal(DeadLetters.Replay replay) {
        if (replay instanceof DeadLetters.Replay.Unreadable unreadable) {
            return Rejected.unprocessable(
                    "dead-letter-unreadable",
                    "it still cannot be read as an "
                            + "event (" + unreadable.reason() + ": " + unreadable.error()
                            + "); replaying cannot help, discard "
                            + "it with a reason");
        }
        if (replay instanceof DeadLetters.Replay.Failed failed) {
            return failed.transientFault()
                    ? (RuntimeException) new ProblemException(Problem.of(
                            "service-unavailable",
                            "Service Unavailable",
                            503,
                            "the database or broker did not answer; try the replay again later"))
                    : Rejected.conflict("replay-failed", "the event failed again and stays pending: " + failed.error());
        }
        DeadLetters.Replay.NotPending notPending = (DeadLetters.Replay.NotPending) replay;
        return Rejected.conflict(
                "not-pending", "dead letter " + notPending.id() + " is " + notPending.status() + " already");
    }

    private static ReplayResult result(DeadLetters.Replay replay) {
        if (replay instanceof DeadLetters.Replay.Done done) {
            return new ReplayResult(done.id(), done.deadLetter().resolution(), null);
        }
        if (replay instanceof DeadLetters.Replay.Unreadable unreadable) {
            return new ReplayResult(
                    unreadable.id(), null, "unreadable (" + unreadable.reason() + "): " + unreadable.error());
        }
        if (replay instanceof DeadLetters.Replay.Failed failed) {
            return new ReplayResult(failed.id(), null, failed.error());
        }
        return new ReplayResult(
                replay.id(), null, "resolved already: " + ((DeadLetters.Replay.NotPending) replay).status());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
