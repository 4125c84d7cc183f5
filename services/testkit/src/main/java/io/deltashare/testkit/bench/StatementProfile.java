package io.deltashare.testkit.bench;

import io.deltashare.testkit.postgres.StatementStatistics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Where PostgreSQL's time went, statement by statement, over part of a benchmark: {@code pg_stat_statements}, which
 * the testkit's servers load when {@link StatementStatistics} asks them to, reset at {@link #start} and read by
 * {@link #report}. Counts the time from the start to the end of each statement's planning and execution in the
 * server: not parsing or the wire, but on a machine whose cores are all busy, also the time the backend waited for
 * one; the shares are the better guide then.
 */
public final class StatementProfile {

    private final DataSource database;

    private StatementProfile(DataSource database) {
        this.database = database;
    }

    /** Forgets what the server counted so far and starts counting the statements of {@code database}. */
    public static StatementProfile start(DataSource database) {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT pg_stat_statements_reset()");
            return new StatementProfile(database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "pg_stat_statements is not loaded: run with -D" + StatementStatistics.PROPERTY + "=true", e);
        }
    }

    /**
     * A Markdown table of the {@code top} statements of this database by time: calls and milliseconds per {@code
     * unit} ({@code units} of them were served, say 26,006 bookings) and each statement's share of the time of all
     * statements; read without resetting. The statement text is shortened to its first words.
     */
    public String report(int top, long units, String unit) {
        String query = """
                SELECT regexp_replace(query, '\\s+', ' ', 'g'), calls, total_exec_time, plans, total_plan_time,
                       (total_exec_time + total_plan_time) / sum(total_exec_time + total_plan_time) OVER () AS share
                FROM pg_stat_statements
                WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                ORDER BY total_exec_time + total_plan_time DESC
                LIMIT ?""";
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "| statement | calls per %s | ms per %s | plans per %s | planning ms per %s | share of the time |%n"
                        + "|---|---|---|---|---|---|%n",
                unit,
                unit,
                unit,
                unit));
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(query)) {
            select.setInt(1, top);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    table.append(String.format(
                            Locale.ROOT,
                            "| `%s` | %.2f | %.3f | %.2f | %.3f | %.1f %% |%n",
                            shortened(rows.getString(1)),
                            rows.getLong(2) / (double) units,
                            rows.getDouble(3) / units,
                            rows.getLong(4) / (double) units,
                            rows.getDouble(5) / units,
                            100 * rows.getDouble(6)));
                }
            }
            return table.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements could not be read", e);
        }
    }

    private static String shortened(String statement) {
        String text = statement.replace('|', '/').replace('`', '\'').trim();
        return text.length() <= 110 ? text : text.substring(0, 107) + "...";
    }
}
