package io.deltashare.testkit.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {

    @Test
    void aFreshDatabaseOnPostgres17CanEnforceNonOverlappingRangesWithBtreeGist() throws SQLException {
        PostgresServer server = Postgres.shared();
        server.createDatabase("testkit_ranges");

        try (Connection connection = DriverManager.getConnection(
                        server.jdbcUrl("testkit_ranges"), server.username(), server.password());
                Statement sql = connection.createStatement()) {
            ResultSet version = sql.executeQuery("SHOW server_version_num");
            version.next();
            assertThat(version.getInt(1)).isBetween(170000, 179999);

            sql.execute("CREATE EXTENSION btree_gist");
            sql.execute("CREATE TABLE slot (instrument_id uuid, period tstzrange,"
                    + " EXCLUDE USING gist (instrument_id WITH =, period WITH &&))");
            sql.execute("INSERT INTO slot VALUES ('00000000-0000-0000-0000-000000000001',"
                    + " tstzrange('2026-05-01 09:00+08', '2026-05-01 11:00+08'))");

            assertThatThrownBy(() -> sql.execute("INSERT INTO slot VALUES ('00000000-0000-0000-0000-000000000001',"
                            + " tstzrange('2026-05-01 10:00+08', '2026-05-01 12:00+08'))"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23P01"));
        }
    }

    @Test
    void aDurableServerFlushesEachCommitAndKeepsItThroughAKillAndARestart() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("testkit-durable-pg-");
        int port = io.deltashare.testkit.process.FreePorts.next();
        EmbeddedPostgresServer server =
                EmbeddedPostgresServer.start(data, port, EmbeddedPostgresServer.Durability.DURABLE);
        try {
            assertThat(server.query("postgres", "SHOW fsync")).isEqualTo("on");
            assertThat(server.query("postgres", "SHOW synchronous_commit")).isEqualTo("on");
            server.createDatabase("durable");
            try (Connection connection = DriverManager.getConnection(
                            server.jdbcUrl("durable"), server.username(), server.password());
                    Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE acknowledged (n integer)");
                sql.execute("INSERT INTO acknowledged SELECT generate_series(1, 1000)");
            }
            server.kill(data);
            server = EmbeddedPostgresServer.start(data, port, EmbeddedPostgresServer.Durability.DURABLE);
            assertThat(server.query("durable", "SELECT count(*) FROM acknowledged"))
                    .isEqualTo("1000");
        } finally {
            server.close();
            io.deltashare.testkit.process.Directories.deleteTree(data);
        }
    }
}
