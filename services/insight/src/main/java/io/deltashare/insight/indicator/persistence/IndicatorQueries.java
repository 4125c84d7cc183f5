package io.deltashare.insight.indicator.persistence;

import io.deltashare.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The sums behind the indicators, in SQL over the facts: integer fen and exact hours, per region, for one calendar
 * year in Asia/Shanghai. Every query reads at most a year's rows through an index on its moment.
 */
@ApplicationScoped
public class IndicatorQueries {

    /** A region's count, and the money that goes with it (zero where nothing does). */
    public record RegionCount(String region, long count, long fen) {}

    /** Services bought with vouchers of {@code issuingRegion} at providers of {@code providerRegion}. */
    public record Flow(
            String issuingRegion, String providerRegion, long redemptions, long servicesFen, long redeemedFen) {}

    /** What a region's providers served: hours of instrument time used and samples tested, in completed bookings. */
    public record Served(String region, BigDecimal hours, long samples) {}

    private final EntityManager entityManager;

    IndicatorQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Firms that applied (申领企业), per program region; each firm once. */
    public List<RegionCount> firmsApplied(int year) {
        return counts(entityManager.createNativeQuery("""
                        SELECT region, count(DISTINCT firm_organization_id), 0 FROM voucher_application
                        WHERE year = ?1 GROUP BY region""").setParameter(1, year));
    }

    /** Firms that applied anywhere in {@code regions}, each firm once however many programs it applied to. */
    public long firmsAppliedIn(List<String> regions, int year) {
        return ((Number) entityManager
                        .createNativeQuery("""
                                SELECT count(DISTINCT firm_organization_id) FROM voucher_application
                                WHERE year = ?1 AND region = ANY(string_to_array(?2, ','))""")
                        .setParameter(1, year)
                        .setParameter(2, String.join(",", regions))
                        .getSingleResult())
                .longValue();
    }

    /** Vouchers issued per issuing region: the count, and their face value in {@code fen}. */
    public List<RegionCount> issued(int year) {
        return counts(between("""
                        SELECT region, count(*), sum(face_value_fen) FROM voucher_issue
                        WHERE issued_at >= ?1 AND issued_at < ?2 GROUP BY region""", year));
    }

    /** Firms that received vouchers, per issuing region; each firm once. */
    public List<RegionCount> firmsIssued(int year) {
        return counts(between("""
                        SELECT region, count(DISTINCT firm_organization_id), 0 FROM voucher_issue
                        WHERE issued_at >= ?1 AND issued_at < ?2 GROUP BY region""", year));
    }

    /** Firms that received vouchers anywhere in {@code regions}, each firm once. */
    public long firmsIssuedIn(List<String> regions, int year) {
        OffsetDateTime[] bounds = bounds(year);
        return ((Number) entityManager
                        .createNativeQuery("""
                                SELECT count(DISTINCT firm_organization_id) FROM voucher_issue
                                WHERE issued_at >= ?1 AND issued_at < ?2
                                  AND region = ANY(string_to_array(?3, ','))""")
                        .setParameter(1, bounds[0])
                        .setParameter(2, bounds[1])
                        .setParameter(3, String.join(",", regions))
                        .getSingleResult())
                .longValue();
    }

    /** Redemptions of the year by issuing and provider region: services bought with vouchers and the amount redeemed. */
    @SuppressWarnings("unchecked") // native rows: issuing, provider, count, services, redeemed
    public List<Flow> flows(int year) {
        OffsetDateTime[] bounds = bounds(year);
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT issuing_region, provider_region, count(*), sum(services_fen), sum(redeemed_fen)
                        FROM redemption WHERE redeemed_at >= ?1 AND redeemed_at < ?2
                        GROUP BY issuing_region, provider_region ORDER BY issuing_region, provider_region""")
                .setParameter(1, bounds[0])
                .setParameter(2, bounds[1])
                .getResultList();
        return rows.stream()
                .map(r -> new Flow(
                        (String) r[0],
                        (String) r[1],
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue()))
                .toList();
    }

    /** Claim batches paid in the year (兑付, the amount cashed), per paying region: count and total in fen. */
    public List<RegionCount> cashed(int year) {
        return counts(between("""
                        SELECT region, count(*), sum(total_fen) FROM cashing
                        WHERE paid_at >= ?1 AND paid_at < ?2 GROUP BY region""", year));
    }

    /** Hours and samples served in bookings completed in the year, per provider region. */
    @SuppressWarnings("unchecked") // native rows: region, hours, samples
    public List<Served> served(int year) {
        OffsetDateTime[] bounds = bounds(year);
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT provider_region,
                               coalesce(sum(fee_quantity) FILTER (WHERE fee_unit = 'HOUR'), 0),
                               coalesce(sum(fee_quantity) FILTER (WHERE fee_unit = 'SAMPLE'), 0)
                        FROM booking WHERE status = 'COMPLETED' AND completed_at >= ?1 AND completed_at < ?2
                        GROUP BY provider_region""")
                .setParameter(1, bounds[0])
                .setParameter(2, bounds[1])
                .getResultList();
        return rows.stream()
                .map(r -> new Served(
                        (String) r[0], ((BigDecimal) r[1]).setScale(2), ((BigDecimal) r[2]).longValueExact()))
                .toList();
    }

    /** {@code sql} with the year's bounds as {@code ?1} and {@code ?2}. */
    private Query between(String sql, int year) {
        OffsetDateTime[] bounds = bounds(year);
        return entityManager.createNativeQuery(sql).setParameter(1, bounds[0]).setParameter(2, bounds[1]);
    }

    @SuppressWarnings("unchecked") // native rows: region, count, fen
    private static List<RegionCount> counts(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new RegionCount((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    /** The year's first instant and the next year's, Asia/Shanghai, as UTC. */
    private static OffsetDateTime[] bounds(int year) {
        return new OffsetDateTime[] {
            LocalDate.of(year, 1, 1).atStartOfDay(Clocks.SHANGHAI).toInstant().atOffset(ZoneOffset.UTC),
            LocalDate.of(year + 1, 1, 1)
                    .atStartOfDay(Clocks.SHANGHAI)
                    .toInstant()
                    .atOffset(ZoneOffset.UTC)
        };
    }
}
