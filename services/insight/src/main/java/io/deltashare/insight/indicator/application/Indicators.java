package io.deltashare.insight.indicator.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.insight.InsightConfig;
import io.deltashare.insight.indicator.domain.Figures.Amount;
import io.deltashare.insight.indicator.domain.Figures.Count;
import io.deltashare.insight.indicator.domain.Figures.Quantity;
import io.deltashare.insight.indicator.persistence.IndicatorQueries;
import io.deltashare.insight.indicator.persistence.IndicatorQueries.Flow;
import io.deltashare.insight.indicator.persistence.IndicatorQueries.RegionCount;
import io.deltashare.insight.indicator.persistence.IndicatorQueries.Served;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** The public indicators of a year against a base year, for each of the Delta's regions and for the whole Delta. */
@ApplicationScoped
public class Indicators {

    private final IndicatorQueries queries;
    private final List<String> regions;

    Indicators(IndicatorQueries queries, InsightConfig config) {
        this.queries = queries;
        this.regions = List.copyOf(config.deltaRegions());
    }

    /** Both years read in one transaction, so the figures and their base are of one moment. */
    @Transactional
    public YearIndicators of(int year, int baseYear) {
        Year now = read(year);
        Year base = read(baseYear);
        List<YearIndicators.RegionFigures> perRegion = new ArrayList<>();
        for (String region : regions) {
            perRegion.add(figures(Region.ofCode(region), now.of(region), base.of(region)));
        }
        YearIndicators.RegionFigures delta = figures(null, now.delta(), base.delta());
        List<YearIndicators.Flow> flows = now.flows.stream()
                .filter(f -> regions.contains(f.issuingRegion()))
                .map(f -> new YearIndicators.Flow(
                        Region.ofCode(f.issuingRegion()),
                        Region.ofCode(f.providerRegion()),
                        !f.issuingRegion().equals(f.providerRegion()),
                        f.redemptions(),
                        Money.ofFen(f.servicesFen()),
                        Money.ofFen(f.redeemedFen())))
                .toList();
        return new YearIndicators(year, baseYear, delta, perRegion, flows);
    }

    private static YearIndicators.RegionFigures figures(Region region, Tally now, Tally base) {
        return new YearIndicators.RegionFigures(
                region,
                Count.of(now.firmsApplied, base.firmsApplied),
                Count.of(now.firmsIssued, base.firmsIssued),
                Count.of(now.vouchers, base.vouchers),
                Amount.of(now.issuedFen, base.issuedFen),
                Amount.of(now.servicesFen, base.servicesFen),
                Amount.of(now.crossServicesFen, base.crossServicesFen),
                Amount.of(now.redeemedFen, base.redeemedFen),
                Amount.of(now.cashedFen, base.cashedFen),
                Quantity.of(now.hours, base.hours),
                Count.of(now.samples, base.samples));
    }

    /** One region's (or the Delta's) sums of one year. */
    private record Tally(
            long firmsApplied,
            long firmsIssued,
            long vouchers,
            long issuedFen,
            long servicesFen,
            long crossServicesFen,
            long redeemedFen,
            long cashedFen,
            BigDecimal hours,
            long samples) {}

    /** A year's facts as read, summed per region on demand. */
    private final class Year {
        final int year;
        final Map<String, RegionCount> applied;
        final Map<String, RegionCount> firmsIssued;
        final Map<String, RegionCount> issued;
        final Map<String, RegionCount> cashed;
        final Map<String, Served> served;
        final List<Flow> flows;

        Year(int year) {
            this.year = year;
            this.applied = byRegion(queries.firmsApplied(year), RegionCount::region);
            this.firmsIssued = byRegion(queries.firmsIssued(year), RegionCount::region);
            this.issued = byRegion(queries.issued(year), RegionCount::region);
            this.cashed = byRegion(queries.cashed(year), RegionCount::region);
            this.served = byRegion(queries.served(year), Served::region);
            this.flows = queries.flows(year);
        }

        Tally of(String region) {
            List<Flow> own =
                    flows.stream().filter(f -> f.issuingRegion().equals(region)).toList();
            Served at = served.get(region);
            return new Tally(
                    count(applied.get(region)),
                    count(firmsIssued.get(region)),
                    count(issued.get(region)),
                    fen(issued.get(region)),
                    sum(own, Flow::servicesFen),
                    sum(crossRegion(own), Flow::servicesFen),
                    sum(own, Flow::redeemedFen),
                    fen(cashed.get(region)),
                    at == null ? BigDecimal.ZERO.setScale(2) : at.hours(),
                    at == null ? 0 : at.samples());
        }

        Tally delta() {
            List<Tally> each = regions.stream().map(this::of).toList();
            return new Tally(
                    queries.firmsAppliedIn(regions, year),
                    queries.firmsIssuedIn(regions, year),
                    each.stream().mapToLong(Tally::vouchers).sum(),
                    each.stream().mapToLong(Tally::issuedFen).sum(),
                    each.stream().mapToLong(Tally::servicesFen).sum(),
                    each.stream().mapToLong(Tally::crossServicesFen).sum(),
                    each.stream().mapToLong(Tally::redeemedFen).sum(),
                    each.stream().mapToLong(Tally::cashedFen).sum(),
                    each.stream().map(Tally::hours).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                    each.stream().mapToLong(Tally::samples).sum());
        }
    }

    private Year read(int year) {
        return new Year(year);
    }

    private static List<Flow> crossRegion(List<Flow> flows) {
        return flows.stream()
                .filter(f -> !f.issuingRegion().equals(f.providerRegion()))
                .toList();
    }

    private static long sum(List<Flow> flows, ToLongFunction<Flow> amount) {
        return flows.stream().mapToLong(amount).sum();
    }

    private static long count(RegionCount row) {
        return row == null ? 0 : row.count();
    }

    private static long fen(RegionCount row) {
        return row == null ? 0 : row.fen();
    }

    private static <T> Map<String, T> byRegion(List<T> rows, Function<T, String> region) {
        return rows.stream().collect(Collectors.toMap(region, Function.identity()));
    }
}
