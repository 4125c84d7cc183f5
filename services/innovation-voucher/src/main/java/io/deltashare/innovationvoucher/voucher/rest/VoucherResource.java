package io.deltashare.innovationvoucher.voucher.rest;

import io.deltashare.innovationvoucher.voucher.application.CertificateDocument;
import io.deltashare.innovationvoucher.voucher.application.Certificates;
import io.deltashare.innovationvoucher.voucher.application.VoucherQueries;
import io.deltashare.innovationvoucher.voucher.application.VoucherView;
import io.deltashare.innovationvoucher.voucher.domain.VoucherStatus;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.DocumentFormat;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

/** Vouchers with balance and history, for their firm and their region's bureau. */
@Tag(name = "Vouchers", description = "Innovation vouchers (科技创新券) and what they hold")
@Path("/api/v1/vouchers")
public class VoucherResource {

    private static final List<DocumentFormat> CERTIFICATE_FORMATS = List.of(DocumentFormat.JSON, DocumentFormat.PDF);

    private final VoucherQueries vouchers;
    private final Certificates certificates;
    private final CurrentCaller caller;

    VoucherResource(VoucherQueries vouchers, Certificates certificates, CurrentCaller caller) {
        this.vouchers = vouchers;
        this.certificates = certificates;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listVouchers",
            summary = "The vouchers the caller may see, newest first: a firm's own, a bureau's region's, all for "
                    + "the admin")
    public RestResponse<Page<VoucherView>> list(
            @Parameter(description = "ACTIVE or EXPIRED") @QueryParam("status") String status,
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
        int size = QueryParams.pageSize(limit, 50, 200);
        return Page.of(
                        vouchers.list(
                                caller.get(),
                                QueryParams.enumValue("status", status, VoucherStatus.class),
                                Cursor.decode(cursor),
                                size),
                        size,
                        v -> new Cursor(v.issuedAt(), v.voucher().id()),
                        uri)
                .toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVoucher")
    public VoucherView get(@PathParam("id") UUID id) {
        return vouchers.get(id, caller.get());
    }

    /** The voucher's certificate (电子券), for its firm and its bureau: as a one-page PDF or as JSON. */
    @GET
    @Path("/{id}/certificate")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    @Operation(
            operationId = "getVoucherCertificate",
            summary = "A voucher's certificate (电子券): PDF with a QR code that verifies it, or JSON",
            description = "The format is `format` when given, else the first of JSON and PDF that `Accept` names"
                    + " (JSON when it names none or `*/*`). The certificate shows the code and its check, the"
                    + " holder, the issuer, face value, coverage, validity and accepted regions; its QR code encodes"
                    + " `verificationUrl`, which anyone may open (GET /api/v1/voucher-verifications/{code}).")
    @APIResponse(
            responseCode = "200",
            description = "The certificate",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Certificates.Certificate.class)),
                @Content(
                        mediaType = "application/pdf",
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 1_048_576))
            })
    @APIResponse(responseCode = "404", description = "No such voucher, or not one the caller may see")
    @APIResponse(responseCode = "406", description = "`Accept` names neither JSON nor PDF")
    public Response certificate(
            @PathParam("id") UUID id,
            @Parameter(description = "json or pdf; overrides Accept") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        DocumentFormat chosen = DocumentFormat.choose(format, accept, CERTIFICATE_FORMATS);
        Certificates.Certificate certificate = certificates.of(id, caller.get());
        return chosen.answer(
                chosen == DocumentFormat.PDF ? CertificateDocument.pdf(certificate) : certificate,
                "voucher-" + certificate.voucher().code());
    }
}
