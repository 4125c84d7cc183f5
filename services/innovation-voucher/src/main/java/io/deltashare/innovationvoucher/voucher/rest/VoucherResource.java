package io.deltashare.innovationvoucher.voucher.rest;

import io.deltashare.innovationvoucher.voucher.application.VoucherQueries;
import io.deltashare.innovationvoucher.voucher.application.VoucherView;
import io.deltashare.innovationvoucher.voucher.domain.VoucherStatus;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Vouchers with balance and history, for their firm and their region's bureau. */
@Tag(name = "Vouchers", description = "Innovation vouchers (科技创新券) and what they hold")
@Path("/api/v1/vouchers")
public class VoucherResource {

    private final VoucherQueries vouchers;
    private final CurrentCaller caller;

    VoucherResource(VoucherQueries vouchers, CurrentCaller caller) {
        this.vouchers = vouchers;
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
}
