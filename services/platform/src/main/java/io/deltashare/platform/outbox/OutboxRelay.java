package io.deltashare.platform.outbox;

import io.deltashare.contracts.events.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Moves pending outbox rows to Kafka in publication order and marks them sent.
 *
 * <p>A row is marked only after the broker acknowledged it, so a crash between send and mark re-sends it (a duplicate
 * the consumers' inbox absorbs) and never loses it. When a send fails, only the rows before it are marked; the failed
 * row and everything after it are sent again on the next pass, so one key's events never overtake each other.
 */
public final class OutboxRelay {

    private static final String PENDING = """
            SELECT seq, id, topic, message_key, type, source, payload, traceparent, tracestate, created_at
            FROM outbox_message WHERE sent_at IS NULL ORDER BY seq LIMIT ?""";

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final int batchSize;

    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, int batchSize) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * Publishes up to one batch of pending rows.
     *
     * @return how many rows were sent and marked
     * @throws OutboxPublishException when a send failed; the rows before it are marked, the rest stay pending
     */
    public int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Pending> batch = pending(connection);
            List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
            RuntimeException sendFailure = null;
            for (Pending row : batch) {
                try {
                    sends.add(producer.send(row.toRecord()));
                } catch (RuntimeException e) {
                    sendFailure = e;
                    break;
                }
            }
            // the batch is whole: send it now rather than after the producer's linger, which only helps a sender
            // that does not know when more is coming (the results still come from each send's future below)
            producer.flush();
            int acknowledged = 0;
            Throwable failure = sendFailure;
            for (Future<RecordMetadata> send : sends) {
                try {
                    send.get();
                    acknowledged++;
                } catch (ExecutionException e) {
                    failure = e.getCause();
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = e;
                    break;
                }
            }
            markSent(connection, batch.subList(0, acknowledged));
            if (failure != null && acknowledged < batch.size()) {
                Pending failed = batch.get(acknowledged);
                recordFailure(connection, failed, failure);
                throw new OutboxPublishException(
                        "publishing outbox row " + failed.seq + " to " + failed.topic + " failed after " + acknowledged
                                + " of " + batch.size() + " rows",
                        failure);
            }
            return acknowledged;
        }
    }

    private List<Pending> pending(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PENDING)) {
            select.setInt(1, batchSize);
            List<Pending> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Pending(
                            rs.getLong("seq"),
                            rs.getObject("id", UUID.class),
                            rs.getString("topic"),
                            rs.getString("message_key"),
                            rs.getString("type"),
                            rs.getString("source"),
                            rs.getString("payload"),
                            rs.getString("traceparent"),
                            rs.getString("tracestate"),
                            rs.getTimestamp("created_at").toInstant()));
                }
            }
            return rows;
        }
    }

    private static void markSent(Connection connection, List<Pending> sent) throws SQLException {
        if (sent.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_message SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE seq = ANY (?)")) {
            Array seqs = connection.createArrayOf(
                    "bigint", sent.stream().map(Pending::seq).toArray());
            update.setArray(1, seqs);
            update.executeUpdate();
        }
    }

    private static void recordFailure(Connection connection, Pending failed, Throwable failure) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_message SET attempts = attempts + 1, last_error = ? WHERE seq = ?")) {
            update.setString(1, String.valueOf(failure));
            update.setLong(2, failed.seq);
            update.executeUpdate();
        }
    }

    private record Pending(
            long seq,
            UUID id,
            String topic,
            String key,
            String type,
            String source,
            String payload,
            String traceparent,
            String tracestate,
            java.time.Instant createdAt) {

        ProducerRecord<String, String> toRecord() {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
            new CloudEvent(id, source, type, key, createdAt).writeTo(record.headers());
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
            }
            if (tracestate != null && !tracestate.isEmpty()) {
                record.headers().add("tracestate", tracestate.getBytes(StandardCharsets.UTF_8));
            }
            return record;
        }
    }
}
