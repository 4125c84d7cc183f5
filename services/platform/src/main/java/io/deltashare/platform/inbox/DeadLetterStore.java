package io.deltashare.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.platform.rest.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The {@code dead_letter} table: each statement commits on its own (the consumer and the operator API call it outside
 * any business transaction). Text that came off the wire is stored as bytes, so no forged record can make the
 * insert itself fail.
 */
@ApplicationScoped
public class DeadLetterStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = """
            id, consumer, topic, kafka_partition, kafka_offset, message_key, payload, headers::text AS headers, event_id,
            event_type, event_source, reason, error, attempts, dead_lettered_at, status, replays, last_replay_error,
            resolved_at, resolved_by, resolution""";

    private final DataSource dataSource;

    DeadLetterStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps {@code record}; a record dead-lettered before (a redelivery after a crash) is kept once. */
    void record(
            String consumer,
            ConsumerRecord<String, String> record,
            CloudEvent envelope,
            DeadLetterReason reason,
            String error,
            int attempts,
            Instant at)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO dead_letter (id, consumer, topic, kafka_partition, kafka_offset, message_key, payload,
                         headers, event_id, event_type, event_source, reason, error, attempts, dead_lettered_at, status)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, 'PENDING')
                     ON CONFLICT (consumer, topic, kafka_partition, kafka_offset) DO NOTHING""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, consumer);
            insert.setString(3, record.topic());
            insert.setInt(4, record.partition());
            insert.setLong(5, record.offset());
            insert.setBytes(6, bytes(record.key()));
            insert.setBytes(7, bytes(record.value()));
            insert.setString(8, headersJson(record));
            insert.setObject(9, envelope == null ? null : envelope.id());
            insert.setString(10, envelope == null ? null : clip(envelope.type(), 200));
            insert.setString(11, envelope == null ? null : clip(envelope.source(), 200));
            insert.setString(12, reason.name());
            insert.setString(13, clip(error, 4000));
            insert.setInt(14, attempts);
            insert.setObject(15, at.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    public Optional<DeadLetter> find(String consumer, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM dead_letter WHERE consumer = ? AND id = ?")) {
            select.setString(1, consumer);
            select.setObject(2, id);
            List<DeadLetter> found = read(select);
            return found.stream().findFirst();
        }
    }

    /** Newest first, after {@code after} when given; optionally only one status and one topic. */
    public List<DeadLetter> page(String consumer, DeadLetter.Status status, String topic, Cursor after, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM dead_letter WHERE consumer = ?");
        List<Object> parameters = new ArrayList<>(List.of(consumer));
        if (status != null) {
            sql.append(" AND status = ?");
            parameters.add(status.name());
        }
        if (topic != null) {
            sql.append(" AND topic = ?");
            parameters.add(topic);
        }
        if (after != null) {
            sql.append(" AND (dead_lettered_at, id) < (?, ?)");
            parameters.add(after.at().atOffset(ZoneOffset.UTC));
            parameters.add(after.id());
        }
        sql.append(" ORDER BY dead_lettered_at DESC, id DESC LIMIT ?");
        parameters.add(limit);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            return read(select);
        }
    }

    /** Pending dead letters in the order they were consumed, per topic and partition. */
    public List<UUID> pending(String consumer, String topic, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                     SELECT id FROM dead_letter WHERE consumer = ? AND status = 'PENDING' AND (?::text IS NULL OR topic = ?)
                     ORDER BY topic, kafka_partition, kafka_offset LIMIT ?""")) {
            select.setString(1, consumer);
            select.setString(2, topic);
            select.setString(3, topic);
            select.setInt(4, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    public long pendingCount(String consumer) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM dead_letter WHERE consumer = ? AND status = 'PENDING'")) {
            count.setString(1, consumer);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Resolves a pending dead letter; false when it was not pending (any more). */
    boolean resolve(UUID id, DeadLetter.Status status, String by, String resolution, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                     UPDATE dead_letter SET status = ?, resolved_by = ?, resolution = ?, resolved_at = ?,
                            replays = replays + CASE WHEN ? = 'REPLAYED' THEN 1 ELSE 0 END
                     WHERE id = ? AND status = 'PENDING'""")) {
            update.setString(1, status.name());
            update.setString(2, clip(by, 200));
            update.setString(3, clip(resolution, 500));
            update.setObject(4, at.atOffset(ZoneOffset.UTC));
            update.setString(5, status.name());
            update.setObject(6, id);
            return update.executeUpdate() == 1;
        }
    }

    void replayFailed(UUID id, String error) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE dead_letter SET replays = replays + 1, last_replay_error = ? WHERE id = ?")) {
            update.setString(1, clip(error, 4000));
            update.setObject(2, id);
            update.executeUpdate();
        }
    }

    private static List<DeadLetter> read(PreparedStatement select) throws SQLException {
        List<DeadLetter> found = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                found.add(new DeadLetter(
                        row.getObject("id", UUID.class),
                        row.getString("consumer"),
                        row.getString("topic"),
                        row.getInt("kafka_partition"),
                        row.getLong("kafka_offset"),
                        row.getBytes("message_key"),
                        row.getBytes("payload"),
                        headers(row.getString("headers")),
                        row.getObject("event_id", UUID.class),
                        row.getString("event_type"),
                        row.getString("event_source"),
                        DeadLetterReason.valueOf(row.getString("reason")),
                        row.getString("error"),
                        row.getInt("attempts"),
                        instant(row.getTimestamp("dead_lettered_at")),
                        DeadLetter.Status.valueOf(row.getString("status")),
                        row.getInt("replays"),
                        row.getString("last_replay_error"),
                        instant(row.getTimestamp("resolved_at")),
                        row.getString("resolved_by"),
                        row.getString("resolution")));
            }
        }
        return found;
    }

    private static String headersJson(ConsumerRecord<String, String> record) {
        List<Map<String, String>> headers = new ArrayList<>();
        for (org.apache.kafka.common.header.Header header : record.headers()) {
            headers.add(Map.of(
                    "key",
                    clip(header.key(), 250),
                    "value",
                    header.value() == null ? "" : Base64.getEncoder().encodeToString(header.value())));
        }
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    private static List<DeadLetter.Header> headers(String json) {
        try {
            List<Map<String, String>> headers = JSON.readValue(json, new TypeReference<>() {});
            return headers.stream()
                    .map(h -> new DeadLetter.Header(
                            h.get("key"), Base64.getDecoder().decode(h.getOrDefault("value", ""))))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dead_letter.headers is not the JSON this class writes", e);
        }
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** PostgreSQL text cannot hold NUL; error messages may quote what a forger sent. */
    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\u0000', '\uFFFD');
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
