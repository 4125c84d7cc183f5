package io.deltashare.platform.outbox;

import io.deltashare.platform.PlatformConfig;
import io.deltashare.platform.kafka.KafkaClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Runs the {@link OutboxRelay} in the background of a service: woken by PostgreSQL {@code LISTEN/NOTIFY} when a
 * transaction with outbox rows commits, and by a short poll otherwise. With several replicas of a service, a
 * session-level advisory lock lets exactly one relay publish at a time, which keeps per-key order. Failures back off
 * exponentially and are retried; rows are never dropped.
 */
@ApplicationScoped
public class OutboxRelayService {

    private static final Logger LOG = Logger.getLogger(OutboxRelayService.class);
    /** Advisory-lock key of the relay leader ("outbox" in ASCII). */
    private static final long LEADER_LOCK = 0x6f7574626f78L;

    private final DataSource dataSource;
    private final KafkaClients kafka;
    private final PlatformConfig.Outbox config;
    private final MeterRegistry metrics;
    private final CountDownLatch stop = new CountDownLatch(1);
    private Thread thread;
    private Counter published;
    private Counter failures;

    OutboxRelayService(DataSource dataSource, KafkaClients kafka, PlatformConfig config, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.config = config.outbox();
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent startup) {
        Gauge.builder("deltashare.outbox.backlog", this, OutboxRelayService::backlog)
                .description("outbox rows not yet published to Kafka")
                .register(metrics);
        published = Counter.builder("deltashare.outbox.published")
                .description("outbox rows published")
                .register(metrics);
        failures = Counter.builder("deltashare.outbox.publish.failures")
                .description("failed relay passes")
                .register(metrics);
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void shutdown(@Observes ShutdownEvent shutdown) {
        stop.countDown();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        OutboxRelay relay = new OutboxRelay(dataSource, kafka.producer(), config.batchSize());
        Duration backoff = Duration.ofMillis(100);
        while (stop.getCount() > 0) {
            try (Connection listener = dataSource.getConnection()) {
                listener.setAutoCommit(true);
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN " + Outbox.CHANNEL);
                }
                PGConnection notifications = listener.unwrap(PGConnection.class);
                while (stop.getCount() > 0 && !tryLead(listener)) {
                    notifications.getNotifications(
                            (int) config.pollInterval().multipliedBy(5).toMillis());
                }
                while (stop.getCount() > 0) {
                    drain(relay);
                    backoff = Duration.ofMillis(100);
                    PGNotification[] woken = notifications.getNotifications(
                            (int) config.pollInterval().toMillis());
                    if (woken != null && woken.length > 0) {
                        await(config.linger()); // let the commits right behind this one join its batch
                    }
                }
                try (Statement statement = listener.createStatement()) {
                    statement.execute("SELECT pg_advisory_unlock(" + LEADER_LOCK + ")");
                }
            } catch (SQLException | RuntimeException e) {
                failures.increment();
                LOG.warnf("outbox relay pass failed, retrying in %d ms: %s", backoff.toMillis(), e.getMessage());
                await(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    private void drain(OutboxRelay relay) throws SQLException {
        int sent;
        do {
            sent = relay.publishBatch();
            published.increment(sent);
        } while (sent == relay.batchSize() && stop.getCount() > 0);
    }

    private static boolean tryLead(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_try_advisory_lock(" + LEADER_LOCK + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private double backlog() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM outbox_message WHERE sent_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private void await(Duration pause) {
        try {
            stop.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.countDown();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
