package io.deltashare.insight.report.persistence;

import static io.deltashare.platform.persistence.SqlTimes.instant;
import static io.deltashare.platform.persistence.SqlTimes.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts behind a provider's report for a span of time, summed in SQL: per instrument, its bookings' hours,
 * outcomes and ratings; per provider, whom it served, how fast it answered, its orders. A booking belongs to the span
 * its start lies in (a sample order, which has none, to when it was requested).
 */
@ApplicationScoped
public class ReportQueries {

    /** The provider as the catalog last described it. */
    public record Provider(UUID id, UUID organizationId, String nameZh, String nameEn, String region, String type) {}

    /** A listed instrument (or service), with what its open hours are computed from. */
    public record Listing(
            UUID id,
            String kind,
            String nameZh,
            String nameEn,
            String category,
            long originalValueFen,
            int[] openingMinutes,
            Instant listedAt,
            Instant withdrawnAt) {}

    /** One instrument's bookings in the span. Hours to two decimals. */
    public record Usage(
            UUID instrumentId,
            long bookings,
            long completed,
            BigDecimal bookedHours,
            BigDecimal usedHours,
            BigDecimal enterpriseHours,
            long samples,
            long cancellations,
            long noShows,
            long rejections,
            long revenueFen,
            long crossRegionRevenueFen) {}

    /** Ratings of one instrument (or of the whole provider, {@code instrumentId} null) in the span. */
    public record Rated(
            UUID instrumentId, long ratings, BigDecimal quality, BigDecimal timeliness, BigDecimal service) {}

    /** Whom the provider served: organizations with a completed booking or an accepted order milestone. */
    public record Served(long organizations, long firms, long groups, long fromDelta) {}

    /** The provider's orders for services in the span (by when they were placed). */
    public record Orders(long placed, long completed, long acceptedFen, long crossRegionAcceptedFen) {}

    private static final String BOOKED = "('CONFIRMED','IN_PROGRESS','DELIVERED','DISPUTED','COMPLETED','NO_SHOW')";

    private final EntityManager entityManager;

    ReportQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Provider> provider(UUID id) {
        @SuppressWarnings("unchecked") // native rows
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "SELECT id, organization_id, name_zh, name_en, region, type FROM provider WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Provider(
                        (UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
    }

    /** The providers registered in {@code region}, by id. */
    public List<Provider> providersIn(String region) {
        @SuppressWarnings("unchecked") // native rows
        List<Object[]> rows =
                entityManager.createNativeQuery("""
                        SELECT id, organization_id, name_zh, name_en, region, type FROM provider
                        WHERE region = ?1 ORDER BY id""").setParameter(1, region).getResultList();
        return rows.stream()
                .map(r -> new Provider(
                        (UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]))
                .toList();
    }

    /** How many instruments and services the provider has listed, withdrawn ones included. */
    public long listingCount(UUID provider) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM listing WHERE provider_id = ?1")
                        .setParameter(1, provider)
                        .getSingleResult())
                .longValue();
    }

    /** The provider's instruments that were live at some time before {@code until}, by name. */
    public List<Listing> instruments(UUID provider, Instant until) {
        @SuppressWarnings("unchecked") // native rows
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT id, kind, coalesce(name_zh, ''), coalesce(name_en, ''), category,
                               coalesce(original_value_fen, 0), opening_minutes, listed_at, withdrawn_at
                        FROM listing WHERE provider_id = ?1 AND kind = 'INSTRUMENT'
                          AND (listed_at IS NULL OR listed_at < ?2)
                        ORDER BY name_en, id""")
                .setParameter(1, provider)
                .setParameter(2, utc(until))
                .getResultList();
        return rows.stream()
                .map(r -> new Listing(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        ((Number) r[5]).longValue(),
                        ints(r[6]),
                        instant(r[7]),
                        instant(r[8])))
                .toList();
    }

    /** Each instrument's bookings that start (or, without a start, were requested) in [{@code from}, {@code until}). */
    public Map<UUID, Usage> usage(UUID provider, Instant from, Instant until) {
        @SuppressWarnings("unchecked") // native rows
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT instrument_id, count(*), count(*) FILTER (WHERE status = 'COMPLETED'),
                               coalesce(sum(extract(epoch FROM ends_at - starts_at) / 3600)
                                   FILTER (WHERE status IN %s AND ends_at IS NOT NULL), 0),
                               coalesce(sum(fee_quantity) FILTER (WHERE status = 'COMPLETED' AND fee_unit = 'HOUR'), 0),
                               coalesce(sum(fee_quantity) FILTER (WHERE status = 'COMPLETED' AND fee_unit = 'HOUR'
                                                                    AND tier = 'ENTERPRISE'), 0),
                               coalesce(sum(fee_quantity) FILTER (WHERE status = 'COMPLETED' AND fee_unit = 'SAMPLE'), 0),
                               count(*) FILTER (WHERE status = 'CANCELLED'),
                               count(*) FILTER (WHERE status = 'NO_SHOW'),
                               count(*) FILTER (WHERE status = 'REJECTED'),
                               coalesce(sum(fee_fen) FILTER (WHERE status = 'COMPLETED'), 0),
                               coalesce(sum(fee_fen) FILTER (WHERE status = 'COMPLETED'
                                                              AND firm_region <> provider_region), 0)
                        FROM booking
                        WHERE provider_id = ?1 AND coalesce(starts_at, requested_at) >= ?2
                          AND coalesce(starts_at, requested_at) < ?3
                        GROUP BY instrument_id""".formatted(BOOKED))
                .setParameter(1, provider)
                .setParameter(2, utc(from))
                .setParameter(3, utc(until))
                .getResultList();
        return rows.stream()
                .map(r -> new Usage(
                        (UUID) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        hours(r[3]),
                        hours(r[4]),
                        hours(r[5]),
                        ((Number) r[6]).longValue(),
                        ((Number) r[7]).longValue(),
                        ((Number) r[8]).longValue(),
                        ((Number) r[9]).longValue(),
                        ((Number) r[10]).longValue(),
                        ((Number) r[11]).longValue()))
                .collect(Collectors.toMap(Usage::instrumentId, Function.identity()));
    }

    /**
     * Organizations the provider served in the span: with a completed booking (a firm at the enterprise price, a
     * research group at the academic one) or an accepted order milestone (firms: only firms ask for quotations); how
     * many are at home in {@code delta}.
     */
    public Served served(UUID provider, Instant from, Instant until, List<String> delta) {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("""
                        SELECT count(DISTINCT organization), count(DISTINCT organization) FILTER (WHERE firm),
                               count(DISTINCT organization) FILTER (WHERE NOT firm),
                               count(DISTINCT organization) FILTER (WHERE region = ANY(string_to_array(?4, ',')))
                        FROM (SELECT firm_organization_id AS organization, tier = 'ENTERPRISE' AS firm,
                                     firm_region AS region
                              FROM booking WHERE provider_id = ?1 AND status = 'COMPLETED'
                                AND coalesce(starts_at, requested_at) >= ?2 AND coalesce(starts_at, requested_at) < ?3
                              UNION ALL
                              SELECT firm_organization_id, true, firm_region
                              FROM service_order WHERE provider_id = ?1 AND accepted_fen > 0
                                AND placed_at >= ?2 AND placed_at < ?3) served""")
                .setParameter(1, provider)
                .setParameter(2, utc(from))
                .setParameter(3, utc(until))
                .setParameter(4, String.join(",", delta))
                .getSingleResult();
        return new Served(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    /**
     * The average time from a booking's request to the provider's first decision, in seconds, over bookings of
     * instruments that wait for the provider's approval requested in the span; empty when none was decided.
     */
    public Optional<Double> averageResponseSeconds(UUID provider, Instant from, Instant until) {
        Object average = entityManager
                .createNativeQuery("""
                        SELECT avg(extract(epoch FROM b.decided_at - b.requested_at))
                        FROM booking b JOIN listing l ON l.id = b.instrument_id
                        WHERE b.provider_id = ?1 AND l.approval_required
                          AND b.requested_at >= ?2 AND b.requested_at < ?3 AND b.decided_at IS NOT NULL""")
                .setParameter(1, provider)
                .setParameter(2, utc(from))
                .setParameter(3, utc(until))
                .getSingleResult();
        return Optional.ofNullable(average).map(a -> ((Number) a).doubleValue());
    }

    public Orders orders(UUID provider, Instant from, Instant until) {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("""
                        SELECT count(*), count(*) FILTER (WHERE status = 'COMPLETED'), coalesce(sum(accepted_fen), 0),
                               coalesce(sum(accepted_fen) FILTER (WHERE firm_region <> provider_region), 0)
                        FROM service_order WHERE provider_id = ?1 AND placed_at >= ?2 AND placed_at < ?3""")
                .setParameter(1, provider)
                .setParameter(2, utc(from))
                .setParameter(3, utc(until))
                .getSingleResult();
        return new Orders(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    /**
     * Ratings given in the span: per instrument (of bookings), and for the whole provider (bookings and orders) under
     * {@link Optional#empty()}.
     */
    public Map<Optional<UUID>, Rated> ratings(UUID provider, Instant from, Instant until) {
        @SuppressWarnings("unchecked") // native rows: instrument, whole provider?, count, averages
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT instrument_id, GROUPING(instrument_id) = 1, count(*), avg(quality), avg(timeliness),
                               avg(service)
                        FROM rating WHERE provider_id = ?1 AND rated_at >= ?2 AND rated_at < ?3
                        GROUP BY GROUPING SETS ((instrument_id), ())""")
                .setParameter(1, provider)
                .setParameter(2, utc(from))
                .setParameter(3, utc(until))
                .getResultList();
        Map<Optional<UUID>, Rated> byInstrument = new HashMap<>();
        for (Object[] r : rows) {
            boolean wholeProvider = (Boolean) r[1];
            if (r[0] == null && !wholeProvider) {
                continue; // the orders' ratings, which have no instrument: counted in the provider's row only
            }
            UUID instrument = wholeProvider ? null : (UUID) r[0];
            byInstrument.put(
                    Optional.ofNullable(instrument),
                    new Rated(
                            instrument, ((Number) r[2]).longValue(), (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal)
                                    r[5]));
        }
        return byInstrument;
    }

    private static BigDecimal hours(Object value) {
        return new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static int[] ints(Object array) {
        if (array == null) {
            return null;
        }
        Object values = array;
        if (array instanceof Array sql) {
            try {
                values = sql.getArray();
            } catch (SQLException e) {
                throw new IllegalStateException("opening hours unreadable", e);
            }
        }
        if (values instanceof Integer[] boxed) {
            return java.util.Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        }
        if (values instanceof int[] plain) {
            return plain;
        }
        throw new IllegalStateException("opening hours as " + values.getClass());
    }
}
