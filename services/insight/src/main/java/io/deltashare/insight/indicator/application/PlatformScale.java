package io.deltashare.insight.indicator.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The platform's scale as it stands: what is listed (instruments and services live in the catalog), their original
 * value and the large units among them, by region and by category; the providers; the organizations that joined.
 *
 * @param largeUnitValue what an instrument's original value must reach to count among {@code largeUnits}
 *                       (单价500万元以上)
 */
public record PlatformScale(
        Listed total,
        Money largeUnitValue,
        List<RegionListed> byRegion,
        List<CategoryListed> byCategory,
        List<Joined> organizations) {

    /** Listings and their value. */
    public record Listed(long providers, long instruments, long services, Money originalValue, long largeUnits) {}

    /** A region's providers and listings. */
    public record RegionListed(
            Region region, long providers, long instruments, long services, Money originalValue, long largeUnits) {}

    /** A category's listings, most instruments first. */
    public record CategoryListed(String category, long instruments, long services, Money originalValue) {}

    /**
     * Organizations admitted (入网) through DeltaShare's review, by kind and home region.
     *
     * @param kind {@code firm}, {@code provider} or {@code research}
     */
    public record Joined(
            @Schema(description = "firm, provider or research")
            String kind,

            Region region,
            long organizations) {}
}
