package io.deltashare.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.money.Money;
import io.deltashare.platform.testapp.TallyRegistered;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** The outbox table itself wakes the relay: a NOTIFY when rows commit, through either way of writing them. */
@QuarkusTest
class OutboxWakesRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @Test
    void committedRowsNotifyTheRelaysChannelOnceAndRolledBackOnesNot() throws Exception {
        try (Connection listener = dataSource.getConnection()) {
            listener.setAutoCommit(true);
            try (Statement statement = listener.createStatement()) {
                statement.execute("LISTEN " + Outbox.CHANNEL);
            }
            PGConnection notifications = listener.unwrap(PGConnection.class);
            notifications.getNotifications(100); // whatever other tests left behind

            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(tally());
                outbox.publish(tally());
            });
            PGNotification[] published = notifications.getNotifications(5_000);
            assertThat(published).hasSize(1);

            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    Outbox.insert(connection, List.of(outbox.prepare(tally()), outbox.prepare(tally())));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(notifications.getNotifications(5_000)).hasSize(1);

            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.publish(tally());
                    throw new IllegalStateException("rolled back on purpose");
                });
            } catch (IllegalStateException expected) {
                // the row and its notification are gone with the transaction
            }
            assertThat(notifications.getNotifications(1_000)).isNullOrEmpty();
        }
    }

    private static TallyRegistered tally() {
        return new TallyRegistered(UUID.randomUUID().toString(), "wake", Money.ofFen(100), false);
    }
}
