package io.deltashare.insight.report.rest;

import io.deltashare.insight.report.application.ProviderReport;
import io.deltashare.insight.report.application.ProviderReports;
import io.deltashare.platform.rest.DocumentFormat;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.deltashare.platform.time.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A provider's annual report, as JSON, CSV or XLSX: for its own staff, its province's bureau and the admin. */
@Tag(name = "Provider reports", description = "A provider's yearly figures for itself, its bureau and the admin")
@Path("/api/v1/provider-reports")
public class ProviderReportResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<DocumentFormat> FORMATS =
            List.of(DocumentFormat.JSON, DocumentFormat.CSV, DocumentFormat.XLSX);

    private final ProviderReports reports;
    private final CurrentCaller caller;
    private final Clock clock;

    ProviderReportResource(ProviderReports reports, CurrentCaller caller, Clock clock) {
        this.reports = reports;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/{providerId}")
    @RolesAllowed({Roles.PROVIDER, Roles.BUREAU, Roles.ADMIN})
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(
            operationId = "getProviderReport",
            summary = "A provider's year: opening, use, users served, response, cancellations, ratings",
            description = "The format is `format` when given, else the first of JSON, CSV and XLSX that `Accept`"
                    + " names (JSON when it names none). At most `insight.report-max-listings` (2,000) instruments"
                    + " and services, else 422.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ProviderReport.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 10_485_760)),
                @Content(
                        mediaType = XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10_485_760))
            })
    @APIResponse(responseCode = "404", description = "No such provider, or not one the caller may see")
    @APIResponse(responseCode = "422", description = "The provider lists more than one report holds")
    public Response report(
            @PathParam("providerId") String providerId,
            @Parameter(description = "calendar year (Asia/Shanghai), 2000–2100; default this year") @QueryParam("year")
                    String year,
            @Parameter(description = "json, csv or xlsx; overrides Accept") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        UUID provider = QueryParams.uuid("providerId", providerId);
        int calendarYear = QueryParams.year(
                "year", year, LocalDate.now(clock.withZone(Clocks.SHANGHAI)).getYear());
        DocumentFormat chosen = DocumentFormat.choose(format, accept, FORMATS);
        ProviderReport report = reports.of(provider, calendarYear, caller.get());
        Object body = switch (chosen) {
            case CSV -> ReportFormats.csv(report);
            case XLSX -> ReportFormats.xlsx(report);
            default -> report;
        };
        return chosen.answer(body, "provider-report-" + provider + "-" + calendarYear);
    }
}
