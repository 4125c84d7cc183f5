package io.deltashare.settlement.claim.rest;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Violation;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.DocumentFormat;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.deltashare.settlement.claim.application.ClaimBatches;
import io.deltashare.settlement.claim.application.ClaimReports;
import io.deltashare.settlement.claim.domain.BatchStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
 * Bureau claim batches: drafted by the platform or the bureau, approved by the bureau; that the bureau paid is recorded
 * by the platform's finance officers, who see the money arrive.
 */
@Tag(name = "Claim batches", description = "A bureau's monthly claims (兑付) of the voucher shares it owes providers")
@Path("/api/v1/claim-batches")
@RolesAllowed({Roles.BUREAU, Roles.ADMIN, Roles.FINANCE})
public class ClaimBatchResource {

    /**
     * Which issuer's redemptions of which month to claim: the region, and for a pilot locality's vouchers its code
     * (a locality's officer claims its own by default).
     */
    @Schema(examples = "{\"region\":\"CN-JS\",\"month\":\"2026-11\"}")
    public record NewBatch(
            @Size(max = 6) String region,
            @Size(max = 7) String month,

            @Schema(nullable = true, description = "a pilot locality's GB/T 2260 code, such as 320509")
            @Pattern(regexp = "[0-9]{6}", message = "a 6-digit division code such as 320509")
            String locality) {}

    /** The bureau's payment as the platform's bank shows it: the transfer's reference. */
    @Schema(examples = "{\"reference\":\"JS-TREASURY-2026-12-0042\"}")
    public record PaymentRecord(
            @NotBlank
            @Size(max = 100)
            @Pattern(regexp = "[\\p{Print}&&[^\\p{Cntrl}]]+", message = "printable characters only")
            String reference) {}

    private static final List<DocumentFormat> REPORT_FORMATS =
            List.of(DocumentFormat.JSON, DocumentFormat.CSV, DocumentFormat.PDF);

    private final ClaimBatches batches;
    private final ClaimReports reports;
    private final CurrentCaller caller;

    ClaimBatchResource(ClaimBatches batches, ClaimReports reports, CurrentCaller caller) {
        this.batches = batches;
        this.reports = reports;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "draftClaimBatch")
    @APIResponse(
            responseCode = "201",
            description = "Drafted with the region's unclaimed redemptions of the month; `Location` names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimBatches.BatchView.class)))
    public Response draft(@Valid @NotNull NewBatch request, @Context UriInfo uri) {
        List<Violation> errors = new ArrayList<>();
        Region region = null;
        try {
            region = Region.ofCode(String.valueOf(request.region()));
        } catch (IllegalArgumentException e) {
            errors.add(new Violation("region", e.getMessage()));
        }
        YearMonth month = null;
        try {
            month = YearMonth.parse(String.valueOf(request.month()));
        } catch (DateTimeParseException e) {
            errors.add(new Violation("month", "a month such as 2026-12"));
        }
        if (!errors.isEmpty()) {
            throw Rejected.invalid(errors);
        }
        ClaimBatches.BatchView drafted = batches.draft(region, request.locality(), month, caller.get());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(drafted.id().toString())
                        .build())
                .entity(drafted)
                .build();
    }

    /** Newest first, {@code limit} (1 to 100, default 20) a page; follow {@code next}. */
    @GET
    @Operation(operationId = "listClaimBatches")
    public RestResponse<Page<ClaimBatches.BatchView>> list(
            @QueryParam("region") String region,
            @QueryParam("status") String status,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        int size = paging.size();
        List<ClaimBatches.BatchView> page = batches.list(
                caller.get(),
                QueryParams.region(region),
                QueryParams.enumValue("status", status, BatchStatus.class),
                paging.after(),
                size);
        return Page.of(page, size, b -> new Cursor(b.createdAt(), b.id()), uri).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaimBatch")
    public ClaimBatches.BatchView get(@PathParam("id") UUID id) {
        return batches.get(id, caller.get());
    }

    /** The batch as a document: the bureau's claim report (兑付申请表) as PDF, its lines as CSV, or the batch as JSON. */
    @GET
    @Path("/{id}/report")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    @Operation(
            operationId = "getClaimReport",
            summary = "A claim batch as the bureau files it: PDF report, CSV lines or JSON",
            description = "The format is `format` when given, else the first of JSON, CSV and PDF that `Accept` names"
                    + " (JSON when it names none or `*/*`). The PDF is bilingual: the batch, a summary per provider,"
                    + " the redemptions grouped by the provider's region with cross-region lines marked, totals equal"
                    + " to the ledger's, and lines to sign. The CSV is UTF-8 with a byte-order mark, one row per"
                    + " redemption. A batch holds at most 1,000 redemptions per draft.")
    @APIResponse(
            responseCode = "200",
            description = "The report in the format asked for",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ClaimBatches.BatchView.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = 10_485_760)),
                @Content(
                        mediaType = "application/pdf",
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10_485_760))
            })
    @APIResponse(responseCode = "404", description = "No such batch, or not one the caller may see")
    @APIResponse(responseCode = "406", description = "`Accept` names none of JSON, CSV and PDF")
    public Response report(
            @PathParam("id") UUID id,
            @Parameter(description = "json, csv or pdf; overrides Accept") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        DocumentFormat chosen = DocumentFormat.choose(format, accept, REPORT_FORMATS);
        Object body = switch (chosen) {
            case CSV -> reports.csv(id, caller.get());
            case PDF -> reports.pdf(id, caller.get());
            default -> reports.view(id, caller.get());
        };
        return chosen.answer(body, "claim-batch-" + id);
    }

    @POST
    @Path("/{id}/submission")
    @Operation(operationId = "submitClaimBatch")
    public ClaimBatches.BatchView submit(@PathParam("id") UUID id) {
        return batches.submit(id, caller.get());
    }

    @POST
    @Path("/{id}/approval")
    @Operation(operationId = "approveClaimBatch")
    public ClaimBatches.BatchView approve(@PathParam("id") UUID id) {
        return batches.approve(id, caller.get());
    }

    @POST
    @Path("/{id}/payment")
    @Operation(operationId = "payClaimBatch")
    @RolesAllowed(Roles.FINANCE)
    public ClaimBatches.BatchView pay(@PathParam("id") UUID id, @Valid @NotNull PaymentRecord payment) {
        return batches.pay(id, payment.reference().strip(), caller.get());
    }
}
