package io.deltashare.testkit.postgres;

import io.deltashare.testkit.process.FreePorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** PostgreSQL 17 from zonky's binaries on Maven Central, as a local process. */
public final class EmbeddedPostgresServer implements PostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a throw-away server on a free port. */
    public static EmbeddedPostgresServer start() {
        return start(null, FreePorts.next());
    }

    /**
     * How durable a commit is. The library's default (and the tests': their databases are thrown away) acknowledges
     * commits before they reach the disk ({@code fsync} and {@code synchronous_commit} off), so a crash of PostgreSQL
     * or of the machine can lose them, or worse. {@code DURABLE} is what production runs: a commit is acknowledged once
     * it is flushed; it also keeps each transaction's commit time ({@code track_commit_timestamp}).
     */
    public enum Durability {
        FAST,
        DURABLE
    }

    /** Starts a server on {@code dataDirectory} (kept between runs when not null) and {@code port}. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, Durability.FAST);
    }

    /** Starts a server on {@code dataDirectory} (kept between runs when not null), {@code port} and durability. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, Durability durability) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder().setPort(port).setServerConfig("max_connections", "300");
            if (StatementStatistics.wanted()) {
                StatementStatistics.serverSettings().forEach(builder::setServerConfig);
            }
            if (durability == Durability.DURABLE) {
                // later on the command line than the library's -F, so these win
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        // when each transaction committed, for measuring (the event-lag benchmark) and for forensics
                        .setServerConfig("track_commit_timestamp", "on");
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.infof("PostgreSQL started on port %d in %d ms", port, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    /**
     * SIGKILL to the postmaster, as a crash would: no checkpoint, backends cut off mid-transaction. Waits until the
     * postmaster and its backends are gone and releases the data directory, so {@link #start} can recover it.
     */
    public void kill(Path dataDirectory) {
        long pid = postmasterPid(dataDirectory);
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("no postmaster " + pid + " is running"));
        java.util.List<ProcessHandle> backends = postmaster.children().toList();
        postmaster.destroyForcibly();
        try {
            postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            for (ProcessHandle backend : backends) {
                // a backend notices its postmaster is gone and exits; one that lingers is killed too
                try {
                    backend.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException lingering) {
                    backend.destroyForcibly();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL did not die", e);
        }
        try {
            postgres.close(); // its own stop fails (nothing to stop) and it lets go of the directory's lock
        } catch (IOException | RuntimeException expected) {
            LOG.debugf("closing a killed PostgreSQL: %s", expected);
        }
        LOG.infof("PostgreSQL on port %d killed", port());
    }

    /** The postmaster's process id, from its data directory. */
    public static long postmasterPid(Path dataDirectory) {
        try {
            return Long.parseLong(java.nio.file.Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .get(0)
                    .trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no postmaster.pid in " + dataDirectory, e);
        }
    }

    /** Runs {@code sql} as the superuser in database {@code database}, e.g. {@code SHOW fsync}; the first value. */
    public String query(String database, String sql) {
        try (java.sql.Connection connection =
                        java.sql.DriverManager.getConnection(jdbcUrl(database), username(), password());
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
            LOG.infof("PostgreSQL on port %d stopped", port());
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop embedded PostgreSQL", e);
        }
    }
}
