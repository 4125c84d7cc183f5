package io.deltashare.testkit.postgres;

import java.util.Map;

/**
 * Whether the testkit's PostgreSQL loads {@code pg_stat_statements}, for a benchmark that reports PostgreSQL's time
 * by statement ({@code bench.StatementProfile}): only when the system property {@value #PROPERTY} is {@code true},
 * as the booking and search benchmarks set it. Counting every statement costs CPU, which the tests, the other
 * benchmarks and the local run need not spend.
 */
public final class StatementStatistics {

    public static final String PROPERTY = "testkit.postgres.statement-statistics";

    private StatementStatistics() {}

    static boolean wanted() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * The server settings that load it and count planning as well as execution: a statement planned anew for each
     * call (a custom plan) costs its planning every time, which the execution time alone does not show.
     */
    static Map<String, String> serverSettings() {
        return Map.of("shared_preload_libraries", "pg_stat_statements", "pg_stat_statements.track_planning", "on");
    }
}
