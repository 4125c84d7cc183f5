package io.deltashare.innovationvoucher.voucher.rest;

import io.deltashare.innovationvoucher.voucher.application.VoucherQueries;
import io.deltashare.innovationvoucher.voucher.application.VoucherView;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Vouchers with balance and history, for their firm and their region's bureau. */
@Path("/api/v1/vouchers")
public class VoucherResource {

    /** The vouchers found, newest first. */
    public record VoucherList(List<VoucherView> items) {
    }

    /** Statuses a voucher can have. */
    public enum Status { ACTIVE, EXPIRED }

    private final VoucherQueries vouchers;
    private final CurrentCaller caller;

    VoucherResource(VoucherQueries vouchers, CurrentCaller caller) {
        this.vouchers = vouchers;
        this.caller = caller;
    }

    @GET
    public VoucherList list(@QueryParam("status") String status,
                            @Parameter(description = "page size, 1 to 200 (default 50)",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200",
                                            defaultValue = "50"))
                         @QueryParam("limit") String limit) {
        Status wanted = QueryParams.enumValue("status", status, Status.class);
        return new VoucherList(vouchers.list(caller.get(), wanted == null ? null : wanted.name(),
                QueryParams.pageSize(limit, 50, 200)));
    }

    @GET
    @Path("/{id}")
    public VoucherView get(@PathParam("id") UUID id) {
        return vouchers.get(id, caller.get());
    }
}
