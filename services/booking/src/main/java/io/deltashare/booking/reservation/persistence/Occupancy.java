package io.deltashare.booking.reservation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * Instrument time taken by bookings and maintenance blocks. The table's exclusion constraint decides who gets a
 * window: a claim that overlaps a taken one inserts nothing (no exception, no aborted transaction), and the caller is
 * told which window is in the way.
 */
@ApplicationScoped
public class Occupancy {

    /** A window that is taken, and by what ({@code BOOKING} or {@code MAINTENANCE}). */
    public record Taken(UUID id, String kind, Instant start, Instant end) {}

    /** A window to take: {@code [start, end)} on the instrument, for the booking or block {@code id}. */
    public record Claim(UUID id, UUID instrumentId, Instant start, Instant end, String kind) {}

    private final EntityManager entityManager;

    private final DataSource dataSource;

    Occupancy(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** Claims {@code [start, end)} on the instrument for {@code id}; empty when it was free, else what overlaps. */
    public Optional<Taken> claim(UUID id, UUID instrumentId, Instant start, Instant end, String kind) {
        Set<UUID> claimed = entityManager
                .unwrap(Session.class)
                .doReturningWork(
                        connection -> claimAll(connection, List.of(new Claim(id, instrumentId, start, end, kind))));
        if (claimed.contains(id)) {
            return Optional.empty();
        }
        return overlapping(instrumentId, start, end).stream()
                .findFirst()
                .or(() -> Optional.of(new Taken(null, "UNKNOWN", start, end)));
    }

    /**
     * Takes each window that is free, in one statement through {@code connection} and in its transaction; returns
     * the ids whose window was taken. A claim that overlaps a taken window, or an earlier claim of the same call,
     * gets nothing. Claims go in instrument and start order, so two such calls never wait on each other in a cycle
     * for windows that do not overlap.
     */
    public static Set<UUID> claimAll(Connection connection, List<Claim> claims) throws SQLException {
        List<Claim> ordered = claims.stream()
                .sorted(Comparator.comparing(Claim::instrumentId).thenComparing(Claim::start))
                .toList();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO occupancy (id, instrument_id, period, kind)
                SELECT c.id, c.instrument_id, tstzrange(c.start_at, c.end_at, '[)'), c.kind
                FROM unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::varchar[])
                     WITH ORDINALITY AS c (id, instrument_id, start_at, end_at, kind, n)
                ORDER BY c.n
                ON CONFLICT DO NOTHING
                RETURNING id""")) {
            insert.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", ordered.stream().map(Claim::id).toArray()));
            insert.setArray(
                    2,
                    connection.createArrayOf(
                            "uuid", ordered.stream().map(Claim::instrumentId).toArray()));
            insert.setArray(
                    3,
                    connection.createArrayOf(
                            "text",
                            ordered.stream().map(c -> c.start().toString()).toArray()));
            insert.setArray(
                    4,
                    connection.createArrayOf(
                            "text",
                            ordered.stream().map(c -> c.end().toString()).toArray()));
            insert.setArray(
                    5,
                    connection.createArrayOf(
                            "text", ordered.stream().map(Claim::kind).toArray()));
            Set<UUID> claimed = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    claimed.add(rows.getObject(1, UUID.class));
                }
            }
            return claimed;
        }
    }

    /** Gives the window of {@code id} back. */
    public void release(UUID id) {
        entityManager
                .createNativeQuery("DELETE FROM occupancy WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** Taken windows on the instrument that overlap {@code [start, end)}, earliest first. */
    public List<Taken> overlapping(UUID instrumentId, Instant start, Instant end) {
        return overlapping(List.of(instrumentId), start, end).getOrDefault(instrumentId, List.of()).stream()
                .sorted(Comparator.comparing(Taken::start))
                .toList();
    }

    /**
     * Taken windows of several instruments that overlap {@code [from, to)}, in one plain query (in the current
     * transaction's connection, if there is one): availability and every refused booking ask this.
     */
    public Map<UUID, List<Taken>> overlapping(List<UUID> instrumentIds, Instant start, Instant end) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                     SELECT instrument_id, id, kind, lower(period), upper(period) FROM occupancy
                     WHERE instrument_id = ANY(?) AND period && tstzrange(?, ?, '[)')""")) {
            select.setArray(1, connection.createArrayOf("uuid", instrumentIds.toArray()));
            select.setObject(2, start.atOffset(ZoneOffset.UTC));
            select.setObject(3, end.atOffset(ZoneOffset.UTC));
            Map<UUID, List<Taken>> byInstrument = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byInstrument
                            .computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Taken(
                                    rows.getObject(2, UUID.class),
                                    rows.getString(3),
                                    rows.getObject(4, OffsetDateTime.class).toInstant(),
                                    rows.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
            return byInstrument;
        } catch (SQLException e) {
            throw new IllegalStateException("occupancy of " + instrumentIds + " could not be read", e);
        }
    }
}
