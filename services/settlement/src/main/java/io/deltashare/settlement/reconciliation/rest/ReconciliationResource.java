package io.deltashare.settlement.reconciliation.rest;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.Roles;
import io.deltashare.settlement.reconciliation.ReconciliationConfig;
import io.deltashare.settlement.reconciliation.application.PlatformReconciliation;
import io.deltashare.settlement.reconciliation.application.Reconciliation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform admin's reconciliation across booking, innovation-voucher and settlement. */
@Tag(name = "Reconciliation", description = "Cross-checks of the ledger against the other services' records")
@Path("/api/v1/reconciliation")
public class ReconciliationResource {

    private final PlatformReconciliation reconciliation;
    private final Reconciliation ledger;
    private final ReconciliationConfig config;
    private final JsonWebToken token;
    private final Clock clock;

    ReconciliationResource(
            PlatformReconciliation reconciliation,
            Reconciliation ledger,
            ReconciliationConfig config,
            JsonWebToken token,
            Clock clock) {
        this.reconciliation = reconciliation;
        this.ledger = ledger;
        this.config = config;
        this.token = token;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "getReconciliation",
            summary = "Compares booking, innovation-voucher and settlement for the bookings of a period; clean only "
                    + "when all agree to the fen (and the trial balance is zero)")
    public PlatformReconciliation.Report check(
            @Parameter(
                            description =
                                    "start of the period (bookings made at or after it); default 31 days before 'before'")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description =
                                    "end of the period (made before it), default now; the period spans at most 92 days")
                    @QueryParam("before")
                    String before) {
        Instant end = QueryParams.instant("before", before);
        end = end == null ? clock.instant() : end;
        Instant start = QueryParams.instant("from", from);
        start = start == null ? end.minus(Duration.ofDays(31)) : start;
        if (!start.isBefore(end)) {
            throw Rejected.invalid("from", "must lie before 'before'");
        }
        if (Duration.between(start, end).compareTo(config.longestPeriod()) > 0) {
            throw Rejected.invalid(
                    "from", "a period spans at most " + config.longestPeriod().toDays() + " days");
        }
        return reconciliation.check(start, end, token.getRawToken());
    }

    @GET
    @Path("/ledger")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "getLedgerReconciliation",
            summary = "Settlement's own checks only: the trial balance, completions it recorded without a posting, "
                    + "redemptions of ended months in no claim batch")
    public Reconciliation.Report ledger() {
        return ledger.check();
    }
}
