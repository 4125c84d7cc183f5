package io.deltashare.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.platform.testapp.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the plumbing keeps only for a while goes after its period; everything still needed stays. */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    Db db;

    @Test
    void oldKeysInboxRowsSentOutboxRowsAndResolvedDeadLettersGoAndTheRestStays() throws Exception {
        String tag = UUID.randomUUID().toString();
        Instant now = Instant.now();
        UUID oldInbox = UUID.randomUUID();
        UUID recentInbox = UUID.randomUUID();
        UUID sentLongAgo = UUID.randomUUID();
        UUID neverSent = UUID.randomUUID();
        UUID resolved = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        execute(
                "INSERT INTO idempotency_record (scope, idem_key, request_hash, status, created_at) VALUES (?, ?, ?, 201, ?)",
                tag,
                "old",
                "0".repeat(64),
                ago(now, Duration.ofDays(8)));
        execute(
                "INSERT INTO idempotency_record (scope, idem_key, request_hash, status, created_at) VALUES (?, ?, ?, 201, ?)",
                tag,
                "recent",
                "0".repeat(64),
                ago(now, Duration.ofDays(6)));
        execute(
                "INSERT INTO inbox_message (consumer, event_id, type, topic, processed_at) VALUES (?, ?, 't', 't', ?)",
                tag,
                oldInbox,
                ago(now, Duration.ofDays(61)));
        execute(
                "INSERT INTO inbox_message (consumer, event_id, type, topic, processed_at) VALUES (?, ?, 't', 't', ?)",
                tag,
                recentInbox,
                ago(now, Duration.ofDays(59)));
        execute("""
                INSERT INTO outbox_message (id, topic, message_key, type, source, payload, created_at, sent_at)
                VALUES (?, 'retention-test', 'k', 't', 's', '{}', ?, ?)""", sentLongAgo, ago(now, Duration.ofDays(9)), ago(now, Duration.ofDays(8)));
        execute("""
                INSERT INTO outbox_message (id, topic, message_key, type, source, payload, created_at, sent_at)
                VALUES (?, 'retention-test', 'k', 't', 's', '{}', ?, NULL)""", neverSent, ago(now, Duration.ofDays(30)));
        deadLetter(resolved, tag, "DISCARDED", ago(now, Duration.ofDays(91)));
        deadLetter(pending, tag, "PENDING", null);

        retention.purge();

        assertThat(db.count("SELECT count(*) FROM idempotency_record WHERE scope = ? AND idem_key = 'old'", tag))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM idempotency_record WHERE scope = ? AND idem_key = 'recent'", tag))
                .isOne();
        assertThat(db.count("SELECT count(*) FROM inbox_message WHERE event_id = ?", oldInbox))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM inbox_message WHERE event_id = ?", recentInbox))
                .isOne();
        assertThat(db.count("SELECT count(*) FROM outbox_message WHERE id = ?", sentLongAgo))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM outbox_message WHERE id = ?", neverSent))
                .as("an unsent event is never dropped, however old")
                .isOne();
        assertThat(db.count("SELECT count(*) FROM dead_letter WHERE id = ?", resolved))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM dead_letter WHERE id = ?", pending))
                .as("a dead letter nobody decided on stays")
                .isOne();
        execute("DELETE FROM outbox_message WHERE id = ?", neverSent);
    }

    private void deadLetter(UUID id, String consumer, String status, java.time.OffsetDateTime resolvedAt)
            throws Exception {
        execute(
                """
                INSERT INTO dead_letter (id, consumer, topic, kafka_partition, kafka_offset, headers, reason, error,
                                         attempts, dead_lettered_at, status, resolved_at)
                VALUES (?, ?, 'retention-test', 0, ?, '[]'::jsonb, 'UNDECODABLE', 'test', 0, ?, ?, ?)""",
                id,
                consumer,
                Math.abs(id.getMostSignificantBits()),
                ago(Instant.now(), Duration.ofDays(100)),
                status,
                resolvedAt);
    }

    private static java.time.OffsetDateTime ago(Instant now, Duration age) {
        return now.minus(age).atOffset(ZoneOffset.UTC);
    }

    private void execute(String sql, Object... args) throws Exception {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }
}
