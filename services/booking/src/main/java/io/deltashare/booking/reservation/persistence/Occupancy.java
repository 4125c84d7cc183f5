package io.deltashare.booking.reservation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Instrument time taken by bookings and maintenance blocks. The table's exclusion constraint decides who gets a
 * window: a claim that overlaps a taken one inserts nothing (no exception, no aborted transaction), and the caller is
 * told which window is in the way.
 */
@ApplicationScoped
public class Occupancy {

    /** A window that is taken, and by what ({@code BOOKING} or {@code MAINTENANCE}). */
    public record Taken(UUID id, String kind, Instant start, Instant end) {
    }

    private final EntityManager entityManager;

    Occupancy(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Claims {@code [start, end)} on the instrument for {@code id}; empty when it was free, else what overlaps. */
    public Optional<Taken> claim(UUID id, UUID instrumentId, Instant start, Instant end, String kind) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO occupancy (id, instrument_id, period, kind)
                        VALUES (?1, ?2, tstzrange(?3, ?4, '[)'), ?5)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, id).setParameter(2, instrumentId).setParameter(3, utc(start))
                .setParameter(4, utc(end)).setParameter(5, kind).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        return overlapping(instrumentId, start, end).stream().findFirst()
                .or(() -> Optional.of(new Taken(null, "UNKNOWN", start, end)));
    }

    /** Gives the window of {@code id} back. */
    public void release(UUID id) {
        entityManager.createNativeQuery("DELETE FROM occupancy WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** Taken windows on the instrument that overlap {@code [start, end)}, earliest first. */
    public List<Taken> overlapping(UUID instrumentId, Instant start, Instant end) {
        return overlapping(List.of(instrumentId), start, end).getOrDefault(instrumentId, List.of()).stream()
                .sorted(java.util.Comparator.comparing(Taken::start)).toList();
    }

    /** Taken windows of several instruments that overlap {@code [from, to)}, in one query. */
    public Map<UUID, List<Taken>> overlapping(List<UUID> instrumentIds, Instant start, Instant end) {
        @SuppressWarnings("unchecked") // native query rows: instrument_id, id, kind, lower, upper
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT instrument_id, id, kind, lower(period), upper(period) FROM occupancy
                        WHERE instrument_id = ANY(?1) AND period && tstzrange(?2, ?3, '[)')""")
                .setParameter(1, instrumentIds.toArray(UUID[]::new)).setParameter(2, utc(start))
                .setParameter(3, utc(end)).getResultList();
        Map<UUID, List<Taken>> byInstrument = new HashMap<>();
        for (Object[] r : rows) {
            byInstrument.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new Taken((UUID) r[1], (String) r[2], instant(r[3]), instant(r[4])));
        }
        return byInstrument;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return (Instant) value;
    }
}
