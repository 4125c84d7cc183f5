package io.deltashare.insight.report.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A provider's year as it reports to government (how open it was, how much it was used and by whom, how it served)
 * with a line per instrument. Hours are decimal strings to two decimals; shares and utilisation decimal strings to
 * four (0.4125 is 41.25 %), null where there is nothing to divide by.
 *
 * @param from  the first day counted (Asia/Shanghai)
 * @param until the last day counted: the year's last, or today while the year runs
 */
public record ProviderReport(
        UUID providerId,
        LocalizedText name,
        Region region,
        String type,
        int year,
        LocalDate from,
        LocalDate until,
        Summary summary,
        List<InstrumentLine> instruments,
        Instant generatedAt) {

    /**
     * The provider's figures.
     *
     * @param openHours          hours its instruments were open (weekly opening hours over the days each was listed)
     * @param bookedHours        hours booked in bookings that were confirmed (completed and no-shows included)
     * @param usedHours          hours used in completed bookings (the actual usage billed)
     * @param utilisation        used over open hours
     * @param enterpriseHours    used hours of firms (at the enterprise price): service to industry
     * @param organizationsServed organizations with a completed booking or an accepted order milestone; of them
     *                           {@code firmsServed} firms and {@code groupsServed} research groups
     * @param enterpriseShare    firms among the organizations served
     * @param deltaShare         organizations at home in the Yangtze River Delta among those served
     * @param revenue            fees of completed bookings and accepted order milestones
     * @param crossRegionRevenue the part of {@code revenue} from organizations of another region
     * @param averageResponseHours the average time from a booking's request to the provider's first decision, for
     *                           instruments whose bookings wait for approval
     */
    public record Summary(
            int instruments,
            String openHours,
            String bookedHours,
            String usedHours,
            @Schema(nullable = true) String utilisation,
            String enterpriseHours,
            long bookings,
            long completedBookings,
            long samples,
            long cancellations,
            long noShows,
            long rejections,
            long organizationsServed,
            long firmsServed,
            long groupsServed,
            @Schema(nullable = true) String enterpriseShare,
            @Schema(nullable = true) String deltaShare,
            long ordersPlaced,
            long ordersCompleted,
            Money revenue,
            Money crossRegionRevenue,
            @Schema(nullable = true) String averageResponseHours,
            Ratings ratings) {}

    /** One instrument's figures in the span. */
    public record InstrumentLine(
            UUID instrumentId,
            LocalizedText name,
            String category,
            Money originalValue,
            String openHours,
            String bookedHours,
            String usedHours,
            @Schema(nullable = true) String utilisation,
            long bookings,
            long completedBookings,
            long samples,
            long cancellations,
            long noShows,
            Ratings ratings) {}

    /** Ratings (用户评价) given in the span: how many, and the average of each score (1–5, two decimals). */
    public record Ratings(
            long count,
            @Schema(nullable = true) String quality,
            @Schema(nullable = true) String timeliness,
            @Schema(nullable = true) String service) {}
}
