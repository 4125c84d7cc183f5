package io.deltashare.instrumentcatalog.rating.application;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What firms said of an instrument, a service or a provider (用户评价): how many ratings, and the average of each mark
 * (1 to 5, two decimals), absent while there are none.
 */
@Schema(name = "RatingSummary")
public record RatingSummary(
        long count,
        @Schema(nullable = true) BigDecimal quality,
        @Schema(nullable = true) BigDecimal timeliness,
        @Schema(nullable = true) BigDecimal service) {

    public static final RatingSummary NONE = new RatingSummary(0, null, null, null);
}
