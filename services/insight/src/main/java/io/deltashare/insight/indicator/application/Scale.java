package io.deltashare.insight.indicator.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.insight.InsightConfig;
import io.deltashare.insight.indicator.persistence.ScaleQueries;
import io.deltashare.insight.indicator.persistence.ScaleQueries.Group;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The platform's scale, from the catalog's and membership's facts. */
@ApplicationScoped
public class Scale {

    private final ScaleQueries queries;
    private final Money largeUnitValue;

    Scale(ScaleQueries queries, InsightConfig config) {
        this.queries = queries;
        this.largeUnitValue = Money.parse(config.largeUnitValue());
    }

    @Transactional
    public PlatformScale now() {
        List<Group> regions = queries.byRegion(largeUnitValue.fen());
        List<Group> categories = queries.byCategory(largeUnitValue.fen());
        PlatformScale.Listed total = new PlatformScale.Listed(
                regions.stream().mapToLong(Group::providers).sum(),
                regions.stream().mapToLong(Group::instruments).sum(),
                regions.stream().mapToLong(Group::services).sum(),
                Money.ofFen(regions.stream().mapToLong(Group::valueFen).sum()),
                regions.stream().mapToLong(Group::largeUnits).sum());
        return new PlatformScale(
                total,
                largeUnitValue,
                regions.stream()
                        .map(g -> new PlatformScale.RegionListed(
                                Region.ofCode(g.key()),
                                g.providers(),
                                g.instruments(),
                                g.services(),
                                Money.ofFen(g.valueFen()),
                                g.largeUnits()))
                        .toList(),
                categories.stream()
                        .map(g -> new PlatformScale.CategoryListed(
                                g.key(), g.instruments(), g.services(), Money.ofFen(g.valueFen())))
                        .toList(),
                queries.joined().stream()
                        .map(j -> new PlatformScale.Joined(j.kind(), Region.ofCode(j.region()), j.organizations()))
                        .toList());
    }
}
