package io.deltashare.settlement.statement.rest;

import io.deltashare.contracts.money.Money;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.deltashare.settlement.ledger.application.Parties;
import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import io.deltashare.settlement.statement.application.StatementFormats;
import io.deltashare.settlement.statement.application.Statements;
import io.deltashare.settlement.statement.domain.Statement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Monthly statements as JSON, CSV or PDF, for the party itself (or the admin); month-end issuance by the admin. */
@Tag(name = "Statements", description = "Monthly statements (对账单) of firms, providers and bureaus")
@Path("/api/v1")
public class StatementResource {

    /** A statement in JSON: amounts as money, in the account's natural sign (what the party owes or is owed). */
    public record StatementView(
            String party,
            String owner,
            String month,
            Money openingBalance,
            List<LineView> lines,
            Money totalOfLines,
            Money closingBalance) {}

    /** One line of a statement. */
    @Schema(name = "StatementLine")
    public record LineView(
            Instant at,
            String kind,
            String description,
            @Schema(nullable = true) UUID bookingId,
            @Schema(nullable = true) UUID transactionId,
            Money amount,
            Money balance) {}

    /** Which month to issue statements for. */
    @Schema(examples = "{\"month\":\"2026-11\"}")
    public record Run(@Size(max = 7) String month) {}

    /** How many statements a run issued. */
    public record RunResult(String month, int issued) {}

    private final Statements statements;
    private final CurrentCaller caller;

    StatementResource(Statements statements, CurrentCaller caller) {
        this.statements = statements;
        this.caller = caller;
    }

    /**
     * {@code party}: {@code firms} or {@code providers} with an organization id, {@code bureaus} with a region code;
     * {@code format}: {@code json} (default), {@code csv} or {@code pdf}.
     */
    @GET
    @Path("/statements/{party}/{owner}/{month}")
    @Operation(operationId = "getStatement")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    @APIResponse(
            responseCode = "200",
            description = "The statement, in the format asked for: at most 10,000 lines "
                    + "(settlement.statements.max-lines), else 422",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = StatementView.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = 10_485_760)),
                @Content(
                        mediaType = "application/pdf",
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10_485_760))
            })
    @APIResponse(responseCode = "422", description = "The statement has more lines than one answer carries")
    public Response statement(
            @PathParam("party") String party,
            @PathParam("owner") String owner,
            @PathParam("month") String month,
            @QueryParam("format") String format) {
        AccountKind kind = Parties.kindOfParty(party);
        if (kind == null) {
            throw Rejected.notFound("party kind " + party + " (firms, providers or bureaus)");
        }
        if (kind == AccountKind.BUREAU_RECEIVABLE) {
            QueryParams.region(owner);
        } else {
            try {
                UUID.fromString(owner);
            } catch (IllegalArgumentException e) {
                throw Rejected.invalid("owner", "an organization id");
            }
        }
        Statement statement = statements.of(new AccountRef(kind, owner), month(month), caller.get());
        String file = "statement-" + party + "-" + owner + "-" + month;
        return switch (format == null ? "json" : format) {
            case "json" ->
                Response.ok(view(statement), MediaType.APPLICATION_JSON).build();
            case "csv" ->
                Response.ok(StatementFormats.csv(statement), "text/csv")
                        .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"")
                        .build();
            case "pdf" ->
                Response.ok(StatementFormats.pdf(statement), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"")
                        .build();
            default -> throw Rejected.invalid("format", "is json, csv or pdf");
        };
    }

    @POST
    @Path("/statement-runs")
    @Operation(operationId = "issueStatements")
    @RolesAllowed(Roles.ADMIN)
    public RunResult issue(@Valid @NotNull Run run) {
        YearMonth month = month(run.month());
        return new RunResult(month.toString(), statements.issue(month));
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw Rejected.invalid("month", "a month such as 2026-12");
        }
    }

    private static StatementView view(Statement s) {
        return new StatementView(
                s.party(),
                s.owner(),
                s.month().toString(),
                Money.ofFen(s.openingFen()),
                s.lines().stream()
                        .map(l -> new LineView(
                                l.at(),
                                l.kind(),
                                l.description(),
                                l.bookingId(),
                                l.transactionId(),
                                Money.ofFen(l.amountFen()),
                                Money.ofFen(l.balanceFen())))
                        .toList(),
                Money.ofFen(s.totalOfLinesFen()),
                Money.ofFen(s.closingFen()));
    }
}
