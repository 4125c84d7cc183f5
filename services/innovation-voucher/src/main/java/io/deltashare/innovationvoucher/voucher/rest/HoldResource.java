package io.deltashare.innovationvoucher.voucher.rest;

import io.deltashare.innovationvoucher.voucher.application.HoldQueries;
import io.deltashare.innovationvoucher.voucher.application.HoldView;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The holds of all vouchers, newest first: what the platform admin reconciles against bookings and the ledger. */
@Tag(name = "Vouchers", description = "Innovation vouchers (科技创新券) and what they hold")
@Path("/api/v1/voucher-holds")
@RolesAllowed(Roles.ADMIN)
public class HoldResource {

    private final HoldQueries holds;

    HoldResource(HoldQueries holds) {
        this.holds = holds;
    }

    @GET
    @Operation(
            operationId = "listVoucherHolds",
            summary = "Holds made for bookings, newest first, with what became of them")
    public RestResponse<Page<HoldView>> list(
            @Parameter(description = "made at or after this instant") @QueryParam("heldFrom") String from,
            @Parameter(description = "made before this instant") @QueryParam("heldBefore") String before,
            @Parameter(description = "only the holds of these bookings; up to 100, repeat the parameter")
                    @QueryParam("bookingId")
                    List<String> bookings,
            @Parameter(description = "from a next link") @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "page size, 1 to 500 (default 100)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "500",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        int size = QueryParams.pageSize(limit, 100, 500);
        List<HoldView> page = holds.list(
                QueryParams.instant("heldFrom", from),
                QueryParams.instant("heldBefore", before),
                QueryParams.uuids("bookingId", bookings, 100),
                Cursor.decode(cursor),
                size);
        return Page.of(page, size, h -> new Cursor(h.heldAt(), h.bookingId()), uri)
                .toResponse();
    }
}
