package io.deltashare.instrumentcatalog.changes.persistence;

import io.deltashare.platform.persistence.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code catalog_change} table: appended in the transaction that publishes a listing's event, read in commit-safe
 * order. A reader sees only rows of transactions older than every transaction still running ({@code xid} below its
 * snapshot's {@code xmin}), in {@code (xid, seq)} order, so no row can commit behind a position already read: a
 * transaction still open holds the feed back (the feed lags, it never skips).
 */
@ApplicationScoped
public class ChangeLog {

    /** Where a reader is: after the row of transaction {@code xid} and sequence {@code seq}. */
    public record Position(long xid, long seq) {

        public static final Position START = new Position(0, 0);
    }

    /** One row as read. */
    public record Row(
            Position position,
            String subject,
            UUID subjectId,
            String change,
            String region,
            String category,
            Instant changedAt,
            String snapshot) {}

    private final EntityManager entityManager;

    ChangeLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void append(
            String subject,
            UUID subjectId,
            String change,
            String region,
            String category,
            Instant at,
            String snapshot) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO catalog_change (subject, subject_id, change, region, category, changed_at, snapshot)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb))""")
                .setParameter(1, subject)
                .setParameter(2, subjectId)
                .setParameter(3, change)
                .setParameter(4, region)
                .setParameter(5, category)
                .setParameter(6, SqlTimes.utc(at))
                .setParameter(7, snapshot)
                .executeUpdate();
    }

    /** Takes the backfill's lock for the rest of the transaction, waiting for another replica's. */
    public void lockForBackfill() {
        entityManager
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('catalog-feed-backfill'))")
                .getSingleResult();
    }

    /** The snapshot the last change of {@code subjectId} carried, if it has one. */
    @SuppressWarnings("unchecked") // one text column
    public Optional<String> lastSnapshot(UUID subjectId) {
        List<Object> rows = entityManager
                .createNativeQuery(
                        "SELECT snapshot::text FROM catalog_change WHERE subject_id = ?1 ORDER BY seq DESC LIMIT 1")
                .setParameter(1, subjectId)
                .getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /**
     * Up to {@code limit} rows after {@code after} that every running transaction's commit can no longer precede, of
     * {@code regions} and {@code categories} (all when empty).
     */
    @SuppressWarnings("unchecked") // the selected columns
    public List<Row> after(Position after, Collection<String> regions, Collection<String> categories, int limit) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT xid::text, seq, subject, subject_id, change, region, category, changed_at, snapshot::text
                        FROM catalog_change
                        WHERE xid < pg_snapshot_xmin(pg_current_snapshot())
                          AND (xid, seq) > (CAST(CAST(?1 AS text) AS xid8), ?2)
                          AND (cardinality(CAST(?3 AS text[])) = 0 OR region = ANY (CAST(?3 AS text[])))
                          AND (cardinality(CAST(?4 AS text[])) = 0 OR category = ANY (CAST(?4 AS text[])))
                        ORDER BY xid, seq
                        LIMIT ?5""")
                .setParameter(1, Long.toString(after.xid()))
                .setParameter(2, after.seq())
                .setParameter(3, regions.toArray(String[]::new))
                .setParameter(4, categories.toArray(String[]::new))
                .setParameter(5, limit)
                .getResultList();
        return rows.stream()
                .map(row -> new Row(
                        new Position(Long.parseLong(row[0].toString()), ((Number) row[1]).longValue()),
                        (String) row[2],
                        (UUID) row[3],
                        (String) row[4],
                        (String) row[5],
                        (String) row[6],
                        SqlTimes.instant(row[7]),
                        row[8].toString()))
                .toList();
    }
}
