package io.deltashare.testkit.kafka;

import io.deltashare.contracts.events.CloudEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.awaitility.Awaitility;

/**
 * What a service's inbox ({@code inbox_message}, the platform's) has taken. A test that checks that an event changed
 * nothing waits for this first, so that "nothing" is not merely "not yet".
 */
public final class Inboxes {

    private Inboxes() {}

    /** Waits, up to 30 s, until the service behind {@code database} has taken {@code event}, whatever it did. */
    public static void awaitTaken(DataSource database, CloudEvent event) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> taken(database, event));
    }

    private static boolean taken(DataSource database, CloudEvent event) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT 1 FROM inbox_message WHERE event_id = ?")) {
            query.setObject(1, event.id());
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }
}
