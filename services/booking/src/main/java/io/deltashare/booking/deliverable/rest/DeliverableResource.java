package io.deltashare.booking.deliverable.rest;

import io.deltashare.booking.deliverable.application.DeliverableService;
import io.deltashare.booking.deliverable.domain.Deliverable;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Deliverables of an order: the provider's staff upload test reports and data files (the raw file as the body, its
 * type as {@code Content-Type}); the firm and the provider's staff list and download them.
 */
@Tag(name = "Deliverables", description = "Reports and data files delivered against an order")
@Path("/api/v1/orders/{id}/deliverables")
public class DeliverableResource {

    /** A deliverable as the API shows it: what the file is, its size and SHA-256, and where to download it. */
    public record DeliverableView(
            UUID id,
            UUID orderId,
            @Schema(nullable = true) Integer milestone,
            String fileName,
            String contentType,
            long sizeBytes,

            @Schema(description = "hex SHA-256 of the file's bytes")
            String sha256,

            String uploadedBy,
            Instant uploadedAt) {

        static DeliverableView of(Deliverable d) {
            return new DeliverableView(
                    d.id(),
                    d.orderId(),
                    d.milestone(),
                    d.fileName(),
                    d.contentType(),
                    d.sizeBytes(),
                    d.sha256(),
                    d.uploadedBy(),
                    d.uploadedAt());
        }
    }

    private final DeliverableService deliverables;
    private final CurrentCaller caller;

    DeliverableResource(DeliverableService deliverables, CurrentCaller caller) {
        this.deliverables = deliverables;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PROVIDER)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "uploadDeliverable",
            summary =
                    "The provider's staff upload a deliverable: the file itself as the body (at most 50 MiB), its type"
                            + " as Content-Type (PDF, PNG, JPEG, CSV, text, JSON, zip, xlsx, docx or octet-stream), streamed,"
                            + " checked to be what its type says and checksummed")
    @RequestBody(
            required = true,
            description = "The file itself, in its own media type (one of FileKinds'), at most 50 MiB",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"),
                        example = "the raw bytes of a JSON data file"),
                @Content(
                        mediaType = "application/octet-stream",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "201",
            description = "Stored; `Location` downloads it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliverableView.class)))
    @APIResponse(responseCode = "413", description = "The file is over 50 MiB (booking.deliverables.max-bytes)")
    @APIResponse(responseCode = "415", description = "The Content-Type is not a kind of deliverable")
    @APIResponse(
            responseCode = "422",
            description =
                    "The file is empty, does not start the way its type says, or its SHA-256 is not the one declared")
    public Response upload(
            @PathParam("id") UUID order,
            @Parameter(description = "the milestone it delivers, if one") @QueryParam("milestone") Integer milestone,
            @Parameter(description = "the file's name, without a path", required = true) @QueryParam("name")
                    String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "hex SHA-256 of the file, checked against what arrives")
                    @HeaderParam("X-Checksum-SHA256")
                    String sha256,
            InputStream body,
            @Context UriInfo uri) {
        Deliverable stored = deliverables.upload(order, milestone, name, contentType, sha256, body, caller.get());
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/orders")
                        .path(order.toString())
                        .path("deliverables")
                        .path(stored.id().toString())
                        .build())
                .entity(DeliverableView.of(stored))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listDeliverables",
            summary = "The order's deliverables, oldest first (at most 200): for its firm and its provider's staff")
    public List<DeliverableView> list(@PathParam("id") UUID order) {
        return deliverables.list(order, caller.get()).stream()
                .map(DeliverableView::of)
                .toList();
    }

    @GET
    @Path("/{deliverable}")
    @Produces(MediaType.WILDCARD)
    @Operation(
            operationId = "downloadDeliverable",
            summary = "Downloads a deliverable as it was uploaded, with its SHA-256 in `Digest` and as the `ETag`:"
                    + " for the order's firm and its provider's staff only")
    @APIResponse(
            responseCode = "200",
            description = "The file, with the content type it was uploaded with",
            content =
                    @Content(
                            mediaType = MediaType.WILDCARD,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") UUID order, @PathParam("deliverable") UUID id) {
        DeliverableService.Download download = deliverables.download(order, id, caller.get());
        Deliverable d = download.deliverable();
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, d.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, d.sizeBytes())
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header(
                        "Digest",
                        "sha-256="
                                + java.util.Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(d.sha256())))
                .header("X-Content-Type-Options", "nosniff")
                .tag(d.sha256())
                .build();
    }
}
