package io.deltashare.insight.indicator.rest;

import io.deltashare.insight.indicator.application.Indicators;
import io.deltashare.insight.indicator.application.PlatformScale;
import io.deltashare.insight.indicator.application.Scale;
import io.deltashare.insight.indicator.application.YearIndicators;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.time.Clocks;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programme's public indicators and the platform's scale: open to anyone, no token needed. */
@Tag(name = "Indicators", description = "The programme's public indicators and the platform's scale")
@Path("/api/v1/indicators")
@PermitAll
public class IndicatorResource {

    private final Indicators indicators;
    private final Scale scale;
    private final Clock clock;

    IndicatorResource(Indicators indicators, Scale scale, Clock clock) {
        this.indicators = indicators;
        this.scale = scale;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "getYearIndicators",
            summary = "The year's indicators against a base year",
            description = "Firms that applied and that received vouchers, vouchers issued, services bought with"
                    + " vouchers and their cross-region part, amounts redeemed and cashed, hours and samples"
                    + " served: per issuing region and for the whole Delta, each with growth against the base"
                    + " year; and the year's flows between regions. Exact to the fen.")
    public YearIndicators year(
            @Parameter(description = "calendar year (Asia/Shanghai), 2000–2100; default this year") @QueryParam("year")
                    String year,
            @Parameter(description = "the year to compare with, before `year`; default the year before")
                    @QueryParam("baseYear")
                    String baseYear) {
        int asked = QueryParams.year(
                "year", year, LocalDate.now(clock.withZone(Clocks.SHANGHAI)).getYear());
        int base = QueryParams.year("baseYear", baseYear, asked - 1);
        if (base >= asked) {
            throw Rejected.invalid("baseYear", "must be before the year (" + asked + ")");
        }
        return indicators.of(asked, base);
    }

    @GET
    @Path("/platform")
    @Operation(
            operationId = "getPlatformScale",
            summary = "The platform's scale now",
            description = "Providers, instruments and services listed, their original value and the units over the"
                    + " large-unit value, by region and by category (one entry per region or category with"
                    + " listings, so the lists are as long as the catalog's regions and its category taxonomy);"
                    + " organizations admitted by kind and region.")
    public PlatformScale platform() {
        return scale.now();
    }
}
