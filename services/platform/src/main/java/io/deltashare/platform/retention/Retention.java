package io.deltashare.platform.retention;

import io.deltashare.platform.PlatformConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Deletes what the plumbing keeps only for a while, so its tables do not grow for ever: Idempotency-Key records, inbox
 * rows, sent outbox rows and resolved dead letters older than their stated periods ({@link PlatformConfig.Retention}).
 * A batch at a time, each in its own short transaction, so it never holds locks long; every replica may run it.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    /** Each table's rows past keeping, as a condition on a time column given as the parameter. */
    private static final Map<String, String> EXPIRED = Map.of(
            "idempotency_record", "created_at < ?",
            "inbox_message", "processed_at < ?",
            "outbox_message", "sent_at IS NOT NULL AND sent_at < ?",
            "dead_letter", "status <> 'PENDING' AND resolved_at < ?");

    private final DataSource dataSource;
    private final PlatformConfig.Retention config;
    private final Clock clock;

    Retention(DataSource dataSource, PlatformConfig config, Clock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.config = config.retention();
    }

    @Scheduled(
            every = "${deltashare.retention.every:PT1H}",
            delayed = "PT1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        try {
            purge();
        } catch (SQLException e) {
            LOG.warnf("retention pass failed, tried again at the next one: %s", e.getMessage());
        }
    }

    /** One pass over every table; returns the rows deleted per table. */
    public Map<String, Long> purge() throws SQLException {
        Map<String, Duration> keep = Map.of(
                "idempotency_record",
                config.idempotencyKeys(),
                "inbox_message",
                config.inbox(),
                "outbox_message",
                config.sentOutbox(),
                "dead_letter",
                config.resolvedDeadLetters());
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : EXPIRED.entrySet()) {
            OffsetDateTime before =
                    clock.instant().minus(keep.get(table.getKey())).atOffset(ZoneOffset.UTC);
            long total = 0;
            int batch;
            do {
                batch = deleteBatch(table.getKey(), table.getValue(), before);
                total += batch;
            } while (batch == config.batch());
            deleted.put(table.getKey(), total);
        }
        if (deleted.values().stream().anyMatch(n -> n > 0)) {
            LOG.infof("retention deleted %s", deleted);
        }
        return deleted;
    }

    private int deleteBatch(String table, String expired, OffsetDateTime before) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE ctid IN ("
                        + "SELECT ctid FROM " + table + " WHERE " + expired + " LIMIT " + config.batch() + ")")) {
            delete.setObject(1, before);
            return delete.executeUpdate();
        }
    }
}
