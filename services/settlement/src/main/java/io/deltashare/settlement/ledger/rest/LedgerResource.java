package io.deltashare.settlement.ledger.rest;

import io.deltashare.contracts.money.Money;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Violation;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.deltashare.settlement.ledger.application.Ledger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
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

/** Balances for each party; payments, payouts and reversals for the platform admin. */
@Tag(name = "Ledger", description = "Accounts, payments and journal transactions of the double-entry ledger")
@Path("/api/v1")
public class LedgerResource {

    /** Money received from a firm or paid to a provider, outside the platform. */
    @Schema(
            examples = "{\"kind\":\"FIRM_PAYMENT\",\"organizationId\":\"0a1f0c5e-5d4b-4b8e-9f00-000000000103\","
                    + "\"amount\":{\"amount\":\"900.00\",\"currency\":\"CNY\"},\"reference\":\"ICBC-20261203-778812\"}")
    public record Payment(
            @Size(max = 20) String kind,
            UUID organizationId,
            Money amount,
            @Size(max = 100) String reference) {}

    /** Why a transaction is reversed. */
    @Schema(examples = "{\"reason\":\"Posted twice by the bank import of 3 December\"}")
    public record Reversal(@Size(max = 500) String reason) {}

    private final Ledger ledger;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    LedgerResource(Ledger ledger, IdempotentRequests idempotency, CurrentCaller caller) {
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /**
     * The balances of the accounts the caller may see, in (kind, owner) order, {@code limit} (1 to 100, default 50) a
     * page; follow {@code next}.
     */
    @GET
    @Path("/accounts")
    @Operation(operationId = "listAccounts")
    public RestResponse<Page<Ledger.Balance>> accounts(
            @QueryParam("at") String at,
            @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "page size, 1 to 100 (default 50)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        Instant instant = QueryParams.instant("at", at);
        int size = QueryParams.pageSize(limit, 50, 100);
        List<Ledger.Balance> page = ledger.balances(caller.get(), instant, AccountCursor.decode(cursor), size);
        return Page.of(
                        page,
                        page.size() < size
                                ? null
                                : AccountCursor.encode(
                                        page.get(page.size() - 1).kind(),
                                        page.get(page.size() - 1).owner()),
                        uri)
                .toResponse();
    }

    @POST
    @Path("/payments")
    @Operation(operationId = "recordPayment")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Recorded; `Location` names the journal transaction",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Ledger.TransactionView.class)))
    public Response pay(
            @Valid @NotNull Payment payment,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        List<Violation> errors = new ArrayList<>();
        Ledger.PaymentKind kind = null;
        try {
            kind = Ledger.PaymentKind.valueOf(String.valueOf(payment.kind()));
        } catch (IllegalArgumentException e) {
            errors.add(new Violation("kind", "is FIRM_PAYMENT or PROVIDER_PAYOUT"));
        }
        if (payment.organizationId() == null) {
            errors.add(new Violation("organizationId", "is required"));
        }
        if (payment.amount() == null || payment.amount().fen() <= 0) {
            errors.add(new Violation("amount", "must be more than zero"));
        }
        if (payment.reference() == null
                || payment.reference().isBlank()
                || payment.reference().length() > 100) {
            errors.add(new Violation("reference", "the bank reference, 1 to 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw Rejected.invalid(errors);
        }
        Ledger.PaymentKind paid = kind;
        return idempotency.execute(idempotencyKey, "POST /api/v1/payments", payment, () -> {
            Ledger.TransactionView posted = ledger.recordPayment(
                    paid,
                    payment.organizationId(),
                    payment.amount(),
                    payment.reference().strip());
            return Response.created(uri.getBaseUriBuilder()
                            .path("/api/v1/journal-transactions")
                            .path(posted.id().toString())
                            .build())
                    .entity(posted)
                    .build();
        });
    }

    @GET
    @Path("/journal-transactions/{id}")
    @Operation(operationId = "getJournalTransaction")
    @RolesAllowed(Roles.ADMIN)
    public Ledger.TransactionView transaction(@PathParam("id") UUID id) {
        return ledger.transaction(id);
    }

    @POST
    @Path("/journal-transactions/{id}/reversal")
    @Operation(operationId = "reverseJournalTransaction")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Reversed; `Location` names the reversing journal transaction",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Ledger.TransactionView.class)))
    public Response reverse(@PathParam("id") UUID id, @Valid @NotNull Reversal reversal, @Context UriInfo uri) {
        if (reversal.reason() == null
                || reversal.reason().isBlank()
                || reversal.reason().length() > 200) {
            throw Rejected.invalid("reason", "say why, 1 to 200 characters");
        }
        Ledger.TransactionView posted = ledger.reverse(id, reversal.reason().strip());
        return Response.created(uri.getBaseUriBuilder()
                        .path("/api/v1/journal-transactions")
                        .path(posted.id().toString())
                        .build())
                .entity(posted)
                .build();
    }
}
