package io.deltashare.insight.indicator.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.insight.indicator.domain.Figures.Amount;
import io.deltashare.insight.indicator.domain.Figures.Count;
import io.deltashare.insight.indicator.domain.Figures.Quantity;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The programme's public indicators for a calendar year (Asia/Shanghai) against a base year: for the whole Delta,
 * for each issuing region, and the year's flows of voucher-paid services between regions.
 */
public record YearIndicators(
        int year,
        int baseYear,

        @Schema(description = "the Delta's regions together; each firm counted once")
        RegionFigures delta,

        List<RegionFigures> regions,

        @Schema(description = "the year's services bought with vouchers, by issuing and provider region")
        List<Flow> flows) {

    /**
     * One region's figures (or the Delta's). Voucher figures belong to the region whose bureau issued the voucher;
     * hours and samples served to the region of the provider that served them.
     *
     * @param firmsApplied              firms that applied for vouchers (申领企业数)
     * @param firmsReceivingVouchers    firms issued at least one voucher
     * @param vouchersIssued            vouchers issued, and {@code valueIssued} their face value
     * @param servicesBought            the fees of completed bookings and the amounts of accepted order milestones a
     *                                  voucher paid part of
     * @param crossRegionServicesBought the part of those at providers of another region (跨区域购买服务, 通用通兑)
     * @param redeemed                  the vouchers' share of those services, owed by the bureaus when the work was
     *                                  accepted
     * @param cashed                    what the bureaus paid in claim batches during the year (兑付); distinct from
     *                                  redeemed: a redemption is cashed when its batch is paid
     */
    public record RegionFigures(
            @Schema(nullable = true, description = "null for the whole Delta")
            Region region,

            Count firmsApplied,
            Count firmsReceivingVouchers,
            Count vouchersIssued,
            Amount valueIssued,
            Amount servicesBought,
            Amount crossRegionServicesBought,
            Amount redeemed,
            Amount cashed,

            @Schema(description = "hours of instrument time used in completed bookings at the region's providers")
            Quantity hoursServed,

            @Schema(description = "samples tested in completed bookings at the region's providers")
            Count samplesServed) {}

    /** Services bought with vouchers of {@code issuingRegion} at providers of {@code providerRegion} in the year. */
    public record Flow(
            Region issuingRegion,
            Region providerRegion,
            boolean crossRegion,
            long redemptions,
            Money servicesBought,
            Money redeemed) {}
}
