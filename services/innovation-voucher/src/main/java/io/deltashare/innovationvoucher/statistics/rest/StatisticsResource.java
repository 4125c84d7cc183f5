package io.deltashare.innovationvoucher.statistics.rest;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.innovationvoucher.IssuingRegions;
import io.deltashare.innovationvoucher.Visibility;
import io.deltashare.innovationvoucher.statistics.persistence.VoucherStatistics;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.deltashare.platform.time.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Voucher statistics: a province's bureau sees its region's, with each of its pilot localities' apart; a pilot
 * locality's bureau sees its own locality's; the platform admin every region's.
 */
@Tag(name = "Voucher statistics", description = "A region's voucher figures for its bureau")
@Path("/api/v1/voucher-statistics")
public class StatisticsResource {

    /**
     * The figures of each region asked for (the whole province, its localities' programs included), and of each pilot
     * locality among them.
     */
    public record Answer(
            int year, List<VoucherStatistics.RegionYear> regions, List<VoucherStatistics.RegionYear> localities) {}

    private final VoucherStatistics statistics;
    private final CurrentCaller caller;
    private final IssuingRegions issuing;

    StatisticsResource(VoucherStatistics statistics, CurrentCaller caller, IssuingRegions issuing) {
        this.statistics = statistics;
        this.caller = caller;
        this.issuing = issuing;
    }

    @GET
    @Operation(operationId = "getVoucherStatistics")
    @RolesAllowed({Roles.BUREAU, Roles.ADMIN})
    public Answer get(@QueryParam("region") String region, @QueryParam("year") String year) {
        Region asked = QueryParams.region(region);
        int calendarYear =
                QueryParams.year("year", year, LocalDate.now(Clocks.SHANGHAI).getYear());
        Caller who = caller.get();
        List<Region> regions;
        if (who.isAdmin()) {
            regions = asked == null ? issuing.all() : List.of(asked);
        } else {
            String own = Visibility.bureauRegion(who);
            if (own == null || asked != null && !asked.code().equals(own)) {
                throw Rejected.forbidden("a bureau sees the statistics of its own region (" + own + ") only");
            }
            regions = List.of(Region.ofCode(own));
        }
        Optional<String> ownLocality = who.isAdmin() ? Optional.empty() : who.locality();
        if (ownLocality.isPresent()) {
            return new Answer(
                    calendarYear, List.of(), List.of(statistics.of(regions.get(0), ownLocality.get(), calendarYear)));
        }
        return new Answer(
                calendarYear,
                regions.stream().map(r -> statistics.of(r, null, calendarYear)).toList(),
                regions.stream()
                        .flatMap(r -> issuing.localitiesOf(r).stream()
                                .map(locality -> statistics.of(r, locality, calendarYear)))
                        .toList());
    }
}
