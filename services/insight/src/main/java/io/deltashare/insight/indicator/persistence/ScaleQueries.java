package io.deltashare.insight.indicator.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** What is listed and who joined, as the facts stand; live listings are those not withdrawn. */
@ApplicationScoped
public class ScaleQueries {

    /** One group's listings: providers (zero where not counted), instruments, services, value, large units. */
    public record Group(String key, long providers, long instruments, long services, long valueFen, long largeUnits) {}

    /** A count of admitted organizations of one kind and region. */
    public record Joined(String kind, String region, long organizations) {}

    private final EntityManager entityManager;

    ScaleQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per provider region, with the providers registered there. */
    public List<Group> byRegion(long largeUnitFen) {
        return groups("""
                SELECT coalesce(l.region, p.region), coalesce(p.providers, 0), coalesce(l.instruments, 0),
                       coalesce(l.services, 0), coalesce(l.value, 0), coalesce(l.large, 0)
                FROM (SELECT region, count(*) FILTER (WHERE kind = 'INSTRUMENT') AS instruments,
                             count(*) FILTER (WHERE kind = 'SERVICE') AS services,
                             sum(coalesce(original_value_fen, 0)) AS value,
                             count(*) FILTER (WHERE original_value_fen >= ?1) AS large
                      FROM listing WHERE status <> 'WITHDRAWN' GROUP BY region) l
                FULL JOIN (SELECT region, count(*) AS providers FROM provider GROUP BY region) p
                       ON p.region = l.region
                ORDER BY 1""", largeUnitFen);
    }

    /** Per category, most instruments first. */
    public List<Group> byCategory(long largeUnitFen) {
        return groups("""
                SELECT category, 0, count(*) FILTER (WHERE kind = 'INSTRUMENT'),
                       count(*) FILTER (WHERE kind = 'SERVICE'), sum(coalesce(original_value_fen, 0)),
                       count(*) FILTER (WHERE original_value_fen >= ?1)
                FROM listing WHERE status <> 'WITHDRAWN'
                GROUP BY category ORDER BY 3 DESC, 4 DESC, 1""", largeUnitFen);
    }

    @SuppressWarnings("unchecked") // native rows: kind, region, count
    public List<Joined> joined() {
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "SELECT kind, region, count(*) FROM organization GROUP BY kind, region ORDER BY kind, region")
                .getResultList();
        return rows.stream()
                .map(r -> new Joined((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked") // native rows: key, providers, instruments, services, value, large
    private List<Group> groups(String sql, long largeUnitFen) {
        List<Object[]> rows = entityManager
                .createNativeQuery(sql)
                .setParameter(1, largeUnitFen)
                .getResultList();
        return rows.stream()
                .map(r -> new Group(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue()))
                .toList();
    }
}
