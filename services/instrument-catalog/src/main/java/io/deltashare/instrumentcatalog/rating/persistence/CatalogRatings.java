package io.deltashare.instrumentcatalog.rating.persistence;

import io.deltashare.contracts.rating.RatingSnapshot;
import io.deltashare.instrumentcatalog.rating.application.RatingSummary;
import io.deltashare.platform.persistence.SqlRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ratings booking announced, each at the newest version seen, and their summaries per instrument, service offer
 * or provider, computed when asked (one grouped query for a page of them).
 */
@ApplicationScoped
public class CatalogRatings {

    /** What a summary is of. */
    public enum Of {
        INSTRUMENT("instrument_id"),
        SERVICE_OFFER("service_offer_id"),
        PROVIDER("provider_id");

        private final String column;

        Of(String column) {
            this.column = column;
        }
    }

    private final EntityManager entityManager;

    CatalogRatings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps {@code rating} unless a newer version of it is held already. */
    public void apply(RatingSnapshot rating) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO rating (id, provider_id, instrument_id, service_offer_id, quality, timeliness,
                                            service, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        ON CONFLICT (id) DO UPDATE SET quality = EXCLUDED.quality, timeliness = EXCLUDED.timeliness,
                            service = EXCLUDED.service, version = EXCLUDED.version
                        WHERE rating.version < EXCLUDED.version""")
                .setParameter(1, rating.id())
                .setParameter(2, rating.providerId())
                .setParameter(3, rating.instrumentId())
                .setParameter(4, rating.serviceOfferId())
                .setParameter(5, rating.quality())
                .setParameter(6, rating.timeliness())
                .setParameter(7, rating.service())
                .setParameter(8, rating.version())
                .executeUpdate();
    }

    /** The summaries of {@code ids} (instruments, offers or providers); ones without ratings are absent. */
    public Map<UUID, RatingSummary> of(Of what, Collection<UUID> ids) {
        Map<UUID, RatingSummary> summaries = new HashMap<>();
        if (ids.isEmpty()) {
            return summaries;
        }
        // plain JDBC: every page of search results reads this, and Hibernate's native query cost more than the
        // statement
        List<Object[]> rows = SqlRows.of(
                entityManager,
                "SELECT " + what.column + ", count(*), avg(quality), avg(timeliness), avg(service)"
                        + " FROM rating WHERE " + what.column + " = ANY (?) GROUP BY " + what.column,
                (Object) ids.toArray(UUID[]::new));
        for (Object[] row : rows) {
            summaries.put(
                    (UUID) row[0],
                    new RatingSummary(
                            ((Number) row[1]).longValue(), average(row[2]), average(row[3]), average(row[4])));
        }
        return summaries;
    }

    /** The summary of one instrument, offer or provider. */
    public RatingSummary of(Of what, UUID id) {
        return of(what, List.of(id)).getOrDefault(id, RatingSummary.NONE);
    }

    private static BigDecimal average(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
