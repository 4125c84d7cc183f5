package io.deltashare.platform.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.platform.testapp.Db;
import io.deltashare.platform.testapp.KafkaTopics;
import io.deltashare.platform.testapp.TallyEvents;
import io.deltashare.platform.testapp.TallyRegistered;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An infrastructure fault is never poison: the record waits (its partition paused, nothing committed) and is tried
 * again with backoff for as long as the fault lasts, far beyond the attempts a failing handler gets.
 */
@QuarkusTest
class PassingFaultTest {

    /** The management interface's root, where health and metrics answer. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final Pattern RETRIES = Pattern.compile(
            "deltashare_inbox_events_total\\{consumer=\"platform-test\",outcome=\"retry_later\",topic=\"platform-test.tally.v1\"[^}]*} ([0-9.]+)");

    @Inject
    Db db;

    @Test
    void aRowLockedLongerThanTheLockTimeoutHoldsTheEventBackUntilItIsFreeAndNeverDeadLettersIt() throws Exception {
        TallyRegistered event = TallyEvents.aTally("locked", false);
        CloudEvent envelope = CloudEvent.of(TallyEvents.SOURCE, event);
        double retriesBefore = retries();
        try (Connection blocker = db.dataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement insert = blocker.prepareStatement(
                    "INSERT INTO tally_projection (tally_id, label, applied_count) VALUES (?, 'blocker', 0)")) {
                insert.setObject(1, UUID.fromString(event.subject()));
                insert.executeUpdate();
            }
            KafkaTopics.send(TallyEvents.record(event, envelope));

            // the handler's upsert waits for the blocker's row, runs into lock_timeout (55P03) and is tried again
            await().atMost(Duration.ofSeconds(30)).until(() -> retries() >= retriesBefore + 5);
            assertThat(db.count("SELECT count(*) FROM dead_letter WHERE event_id = ?", envelope.id()))
                    .isZero();
            assertThat(db.count("SELECT count(*) FROM inbox_message WHERE event_id = ?", envelope.id()))
                    .isZero();
            given().baseUri(management.toString()).get("health/ready").then().statusCode(200);
            blocker.rollback();
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count(
                                "SELECT count(*) FROM tally_projection WHERE tally_id = ?",
                                UUID.fromString(event.subject()))
                        == 1);
        assertThat(db.count(
                        "SELECT applied_count FROM tally_projection WHERE tally_id = ?",
                        UUID.fromString(event.subject())))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM dead_letter WHERE event_id = ?", envelope.id()))
                .isZero();
    }

    private double retries() {
        Matcher found = RETRIES.matcher(given().baseUri(management.toString())
                .get("metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }
}
