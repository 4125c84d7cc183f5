package io.deltashare.platform.failure;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a passing infrastructure fault (the database or broker unreachable, restarting or overloaded; a lock or
 * serialization conflict; a timeout) from a failure that will happen again on every try. The first kind is retried
 * and answered 503; only the second can make an event poison.
 *
 * <p>It looks through the whole cause chain, because the JDBC driver's error arrives wrapped by Hibernate, Narayana
 * and Agroal in ways that change between versions.
 */
public final class Faults {

    /**
     * SQLSTATE classes that describe the server or the connection, not the statement: 08 connection exception,
     * 40 transaction rollback (serialization failure, deadlock), 53 insufficient resources, 57 operator intervention
     * (admin shutdown, cannot connect now, query cancelled by a timeout), 58 system error (I/O).
     */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57", "58");
    /** SQLSTATEs outside those classes that pass: lock not available (a lock timeout). */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("55P03");

    private Faults() {}

    /**
     * Whether {@code failure} is an infrastructure fault that may well not happen on the next try: it, or anything in
     * its causes and suppressed exceptions (a transaction manager reports the connection's death as a suppressed
     * exception of its rollback), says so.
     */
    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Deque<Throwable> toSee = new java.util.ArrayDeque<>();
        toSee.push(failure);
        while (!toSee.isEmpty()) {
            Throwable next = toSee.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (isTransientItself(next)) {
                return true;
            }
            if (next.getCause() != null) {
                toSee.push(next.getCause());
            }
            for (Throwable suppressed : next.getSuppressed()) {
                toSee.push(suppressed);
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable cause) {
        if (cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || cause instanceof IOException && !(cause instanceof JsonProcessingException)
                || cause instanceof TimeoutException
                || cause instanceof InterruptedException
                // work refused or abandoned because the service is stopping or has no room just now
                || cause instanceof CancellationException
                || cause instanceof RejectedExecutionException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null
                    && state.length() == 5
                    && (TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2))
                            || TRANSIENT_SQL_STATES.contains(state))) {
                return true;
            }
            // Agroal's pool gives up waiting for a connection without an SQLSTATE
            if (state == null && String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        String type = cause.getClass().getName();
        if (type.startsWith("org.apache.kafka.common.errors.")
                && (type.endsWith("TimeoutException") || isKafkaRetriable(cause))) {
            return true;
        }
        if (type.equals("org.hibernate.exception.JDBCConnectionException")
                || type.equals("org.hibernate.exception.LockAcquisitionException")
                || type.equals("org.hibernate.PessimisticLockException")
                || type.equals("jakarta.persistence.LockTimeoutException")
                || type.equals("jakarta.persistence.PessimisticLockException")
                || type.equals("jakarta.persistence.QueryTimeoutException")
                || type.equals("jakarta.transaction.SystemException")) {
            return true;
        }
        // The persistence unit or pool closing under a request while the application stops.
        return cause instanceof IllegalStateException
                && String.valueOf(cause.getMessage())
                        .matches(
                                "(?s).*(EntityManagerFactory is closed|Session/EntityManager is closed|[Dd]atasource.*closed|"
                                        + "pool is closed|Error Occurred After Shutdown).*");
    }

    private static boolean isKafkaRetriable(Throwable cause) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("org.apache.kafka.common.errors.RetriableException")) {
                return true;
            }
        }
        return false;
    }
}
