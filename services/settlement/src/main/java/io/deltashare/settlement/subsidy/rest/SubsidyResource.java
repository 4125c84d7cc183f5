package io.deltashare.settlement.subsidy.rest;

import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.deltashare.settlement.subsidy.application.SubsidyLedger;
import io.deltashare.settlement.subsidy.application.SubsidyLedger.SubsidyView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Subsidies (后补助) in the books: what each bureau approved and owes its providers, and their payout. */
@Tag(name = "Subsidies", description = "Approved subsidies (后补助) as owed and paid in the ledger")
@Path("/api/v1/subsidies")
@RolesAllowed({Roles.BUREAU, Roles.ADMIN, Roles.FINANCE})
public class SubsidyResource {

    /** The bureau's transfer to its providers as the bank shows it. */
    @Schema(examples = "{\"reference\":\"AH-FIN-2026-0421\"}")
    public record Payout(
            @NotBlank
            @Size(max = 100)
            @Pattern(regexp = "[\\p{Print}&&[^\\p{Cntrl}]]+", message = "printable characters only")
            String reference) {}

    private final SubsidyLedger ledger;
    private final CurrentCaller caller;

    SubsidyResource(SubsidyLedger ledger, CurrentCaller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listSubsidies", summary = "Approved subsidies, newest first")
    public RestResponse<Page<SubsidyView>> list(
            @QueryParam("region") String region, @BeanParam PageQuery paging, @Context UriInfo uri) {
        Cursor after = paging.after();
        int size = paging.size();
        List<SubsidyView> page = ledger.list(
                QueryParams.region(region) == null
                        ? null
                        : QueryParams.region(region).code(),
                after == null ? null : after.at(),
                after == null ? null : after.id(),
                size,
                caller.get());
        return Page.of(page, size, s -> new Cursor(s.approvedAt(), s.allocationId()), uri)
                .toResponse();
    }

    @GET
    @Path("/{allocationId}")
    @Operation(operationId = "getSubsidy", summary = "One approved allocation, its lines and postings")
    public SubsidyView get(@PathParam("allocationId") String allocationId) {
        return ledger.get(QueryParams.uuid("allocationId", allocationId), caller.get());
    }

    @POST
    @Path("/{allocationId}/payment")
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "recordSubsidyPayout",
            summary = "Finance records the bureau's payout of the subsidies: what it owed goes back down, once")
    public SubsidyView pay(@PathParam("allocationId") String allocationId, @Valid @NotNull Payout payout) {
        return ledger.pay(
                QueryParams.uuid("allocationId", allocationId),
                payout.reference().strip(),
                caller.get());
    }
}
