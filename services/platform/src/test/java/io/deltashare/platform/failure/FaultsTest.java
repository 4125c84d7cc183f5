package io.deltashare.platform.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Which failures are a passing fault of the infrastructure (retried, 503) and which will happen again. */
class FaultsTest {

    @Test
    void aLostConnectionAShutdownAndATimeoutPassEvenDeepInTheCauseChain() {
        assertThat(Faults.isTransient(wrapped(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(Faults.isTransient(wrapped(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(Faults.isTransient(wrapped(new SQLException("could not serialize", "40001"))))
                .isTrue();
        assertThat(Faults.isTransient(wrapped(new SQLException("lock timeout", "55P03"))))
                .isTrue();
        assertThat(Faults.isTransient(wrapped(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
        assertThat(Faults.isTransient(wrapped(new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(Faults.isTransient(new IllegalStateException("EntityManagerFactory is closed")))
                .isTrue();
        assertThat(Faults.isTransient(wrapped(new CancellationException("the service is stopping"))))
                .isTrue();
    }

    @Test
    void aConnectionLostAtCommitShowsInASuppressedExceptionsCause() {
        // Narayana: RollbackException, with the driver's error as the cause of a suppressed one
        RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new RuntimeException(
                "XA resource failed",
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P02")));
        assertThat(Faults.isTransient(new RuntimeException("Error invoking subclass method", rollback)))
                .isTrue();
    }

    @Test
    void aBrokenRuleABugOrBadJsonWillFailAgain() {
        assertThat(Faults.isTransient(wrapped(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(Faults.isTransient(wrapped(new SQLException("check constraint", "23514"))))
                .isFalse();
        assertThat(Faults.isTransient(new NullPointerException())).isFalse();
        assertThat(Faults.isTransient(new IllegalStateException("tally is poison")))
                .isFalse();
        assertThat(Faults.isTransient(wrapped(new JsonParseException(null, "unexpected character"))))
                .isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(Faults.isTransient(first)).isFalse();
    }

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("outer", new RuntimeException("middle", cause));
    }
}
