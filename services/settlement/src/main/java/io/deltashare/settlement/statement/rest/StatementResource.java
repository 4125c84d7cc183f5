package io.deltashare.settlement.statement.rest;

import io.deltashare.contracts.money.Money;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.rest.DocumentFormat;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.deltashare.settlement.ledger.application.Parties;
import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import io.deltashare.settlement.statement.application.StatementFormats;
import io.deltashare.settlement.statement.application.StatementLabels;
import io.deltashare.settlement.statement.application.Statements;
import io.deltashare.settlement.statement.domain.Statement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

            @Schema(
                    description =
                            "the owner's name in Chinese and English (its id when settlement has not seen it yet)")
            String ownerName,

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
            @Schema(nullable = true) UUID orderId,

            @Schema(nullable = true, description = "the booking's instrument or the order's service")
            String listing,

            @Schema(
                    nullable = true,
                    description =
                            "the provider (on a firm's or a bureau's statement) or the firm (on a" + " provider's)")
            String counterparty,

            UUID transactionId,
            Money amount,
            Money balance) {}

    /** Which month to issue statements for. */
    @Schema(examples = "{\"month\":\"2026-11\"}")
    public record Run(@Size(max = 7) String month) {}

    /** How many statements a run issued. */
    public record RunResult(String month, int issued) {}

    private static final List<DocumentFormat> FORMATS =
            List.of(DocumentFormat.JSON, DocumentFormat.CSV, DocumentFormat.PDF);

    private final Statements statements;
    private final CurrentCaller caller;

    StatementResource(Statements statements, CurrentCaller caller) {
        this.statements = statements;
        this.caller = caller;
    }

    /**
     * {@code party}: {@code firms} or {@code providers} with an organization id, {@code bureaus} with a region code; the
     * format is {@code format} ({@code json}, {@code csv} or {@code pdf}) when given, else what {@code Accept} asks for.
     */
    @GET
    @Path("/statements/{party}/{owner}/{month}")
    @Operation(
            operationId = "getStatement",
            summary = "A party's monthly statement (对账单) as JSON, CSV or PDF",
            description = "The format is `format` when given, else the first of JSON, CSV and PDF that `Accept` names"
                    + " (JSON when it names none or `*/*`; 406 when it names none of them). The PDF is bilingual, one"
                    + " row per booking or order with its fee, voucher share and the party's amount; the CSV is UTF-8"
                    + " with a byte-order mark, one row per posting, ISO 8601 dates.")
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
    @APIResponse(responseCode = "406", description = "`Accept` names none of JSON, CSV and PDF")
    @APIResponse(responseCode = "422", description = "The statement has more lines than one answer carries")
    public Response statement(
            @PathParam("party") String party,
            @PathParam("owner") String owner,
            @PathParam("month") String month,
            @Parameter(description = "json, csv or pdf; overrides Accept") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
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
        DocumentFormat chosen = DocumentFormat.choose(format, accept, FORMATS);
        Statement statement = statements.of(new AccountRef(kind, owner), month(month), caller.get());
        StatementLabels labels = statements.labels(statement);
        Object body = switch (chosen) {
            case CSV -> StatementFormats.csv(statement, labels);
            case PDF -> StatementFormats.pdf(statement, labels, statements.now());
            default -> view(statement, labels);
        };
        return chosen.answer(body, "statement-" + party + "-" + owner + "-" + month);
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

    private static StatementView view(Statement s, StatementLabels labels) {
        return new StatementView(
                s.party(),
                s.owner(),
                labels.partyName(),
                s.month().toString(),
                Money.ofFen(s.openingFen()),
                s.lines().stream()
                        .map(l -> new LineView(
                                l.at(),
                                l.kind(),
                                l.description(),
                                l.bookingId(),
                                l.orderId(),
                                l.reference() == null ? null : labels.listings().get(l.reference()),
                                l.reference() == null
                                        ? null
                                        : labels.counterparties().get(l.reference()),
                                l.transactionId(),
                                Money.ofFen(l.amountFen()),
                                Money.ofFen(l.balanceFen())))
                        .toList(),
                Money.ofFen(s.totalOfLinesFen()),
                Money.ofFen(s.closingFen()));
    }
}
