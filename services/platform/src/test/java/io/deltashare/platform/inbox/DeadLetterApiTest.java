package io.deltashare.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.platform.testapp.Db;
import io.deltashare.platform.testapp.KafkaTopics;
import io.deltashare.platform.testapp.Requests;
import io.deltashare.platform.testapp.TallyEvents;
import io.deltashare.platform.testapp.TallyProjector;
import io.deltashare.platform.testapp.TallyRegistered;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An operator lists, reads, replays and discards what this service dead-lettered. */
@QuarkusTest
class DeadLetterApiTest {

    private static final String DEAD_LETTERS = "/api/v1/dead-letters/platform-test";

    @Inject
    Db db;

    @Inject
    TallyProjector projector;

    @AfterEach
    void poisonIsPoisonAgain() {
        projector.cure(false);
    }

    @Test
    void anOperatorReplaysADeadLetterOnceItsBugIsFixedAndItTakesEffectOnce() {
        TallyRegistered poison = TallyEvents.aTally("poison", true);
        CloudEvent envelope = CloudEvent.of(TallyEvents.SOURCE, poison);
        KafkaTopics.send(TallyEvents.record(poison, envelope));
        String id = deadLetterOf(envelope);

        Requests.asAdmin()
                .get(DEAD_LETTERS + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("reason", equalTo("HANDLER_FAILED"))
                .body("eventId", equalTo(envelope.id().toString()))
                .body("attempts", equalTo(3))
                .body("topic", equalTo(TallyRegistered.TOPIC))
                .body("message.key", equalTo(poison.subject()))
                .body("message.headers.key", hasItem("ce_id"))
                .body("error", org.hamcrest.Matchers.containsString("is poison"));
        Requests.asAdmin()
                .post(DEAD_LETTERS + "/" + id + "/replay")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://deltashare.io/problems/replay-failed"));

        projector.cure(true);
        Requests.asAdmin()
                .post(DEAD_LETTERS + "/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("status", equalTo("REPLAYED"))
                .body("resolution", equalTo("replayed: applied"))
                .body("replays", equalTo(2))
                .body("resolvedBy", org.hamcrest.Matchers.notNullValue());
        assertThat(db.count(
                        "SELECT applied_count FROM tally_projection WHERE tally_id = ?",
                        UUID.fromString(poison.subject())))
                .isEqualTo(1);

        Requests.asAdmin()
                .post(DEAD_LETTERS + "/" + id + "/replay")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://deltashare.io/problems/not-pending"));
        assertThat(db.count(
                        "SELECT applied_count FROM tally_projection WHERE tally_id = ?",
                        UUID.fromString(poison.subject())))
                .isEqualTo(1);
    }

    @Test
    void replayingAllPendingDeadLettersReportsEachAndAnEventThatTookEffectMeanwhileChangesNothing() {
        TallyRegistered first = TallyEvents.aTally("poison", true);
        TallyRegistered second = TallyEvents.aTally("poison", true);
        CloudEvent firstEnvelope = CloudEvent.of(TallyEvents.SOURCE, first);
        CloudEvent secondEnvelope = CloudEvent.of(TallyEvents.SOURCE, second);
        KafkaTopics.send(TallyEvents.record(first, firstEnvelope));
        KafkaTopics.send(TallyEvents.record(second, secondEnvelope));
        String firstId = deadLetterOf(firstEnvelope);
        String secondId = deadLetterOf(secondEnvelope);

        projector.cure(true);
        // the second event arrives again, and applies, before anyone replays its dead letter
        KafkaTopics.send(TallyEvents.record(second, secondEnvelope));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count(
                                "SELECT count(*) FROM tally_projection WHERE tally_id = ?",
                                UUID.fromString(second.subject()))
                        == 1);

        var report = Requests.asAdmin()
                .queryParam("topic", TallyRegistered.TOPIC)
                .post(DEAD_LETTERS + "/replay")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getString("results.find { it.id == '" + firstId + "' }.outcome"))
                .isEqualTo("replayed: applied");
        assertThat(report.getString("results.find { it.id == '" + secondId + "' }.outcome"))
                .isEqualTo("replayed: it had taken effect before");
        assertThat(db.count(
                        "SELECT applied_count FROM tally_projection WHERE tally_id = ?",
                        UUID.fromString(first.subject())))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT applied_count FROM tally_projection WHERE tally_id = ?",
                        UUID.fromString(second.subject())))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM dead_letter WHERE status = 'PENDING' AND event_id IN (?, ?)",
                        firstEnvelope.id(),
                        secondEnvelope.id()))
                .isZero();
    }

    @Test
    void aDeadLetterThatCanNeverApplyIsDiscardedWithAReasonThatIsKept() {
        String key = "garbage-" + UUID.randomUUID();
        KafkaTopics.send(new org.apache.kafka.clients.producer.ProducerRecord<>(TallyRegistered.TOPIC, key, "garbage"));
        String id = await().atMost(Duration.ofSeconds(30)).until(() -> withKey(key), found -> found != null);

        Requests.asAdmin()
                .post(DEAD_LETTERS + "/" + id + "/replay")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://deltashare.io/problems/dead-letter-unreadable"));
        Requests.asAdmin()
                .body(Map.of("reason", ""))
                .post(DEAD_LETTERS + "/" + id + "/discard")
                .then()
                .statusCode(400);
        Requests.asAdmin()
                .body(Map.of("reason", "a test producer's garbage, never a real event"))
                .post(DEAD_LETTERS + "/" + id + "/discard")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISCARDED"))
                .body("resolution", equalTo("discarded: a test producer's garbage, never a real event"));
        Requests.asAdmin()
                .body(Map.of("reason", "again"))
                .post(DEAD_LETTERS + "/" + id + "/discard")
                .then()
                .statusCode(409);
        Requests.asAdmin()
                .queryParam("status", "DISCARDED")
                .get(DEAD_LETTERS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void onlyAPlatformAdminSeesDeadLettersAndOnlyThoseOfTheServiceNamed() {
        Requests.asFirm().get(DEAD_LETTERS).then().statusCode(403);
        io.restassured.RestAssured.given().get(DEAD_LETTERS).then().statusCode(401);
        Requests.asAdmin()
                .get("/api/v1/dead-letters/booking")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Requests.asAdmin().get(DEAD_LETTERS + "/" + UUID.randomUUID()).then().statusCode(404);
        Requests.asAdmin()
                .queryParam("status", "LOST")
                .get(DEAD_LETTERS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Requests.asAdmin().queryParam("limit", "101").get(DEAD_LETTERS).then().statusCode(400);
        Requests.asAdmin()
                .queryParam("cursor", "not-a-cursor")
                .get(DEAD_LETTERS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void theListIsPagedNewestFirstWithANextLink() {
        for (int i = 0; i < 3; i++) {
            KafkaTopics.send(new org.apache.kafka.clients.producer.ProducerRecord<>(
                    TallyRegistered.TOPIC, "page-" + i, "not an event"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("SELECT count(*) FROM dead_letter") >= 3);
        var first = Requests.asAdmin()
                .queryParam("limit", "2")
                .get(DEAD_LETTERS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getList("items")).hasSize(2);
        String next = first.getString("next");
        assertThat(next).contains("cursor=").contains("limit=2");
        var second = Requests.asAdmin()
                .urlEncodingEnabled(false)
                .get(next)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(second.getList("items.id")).isNotEmpty().doesNotContainAnyElementsOf(first.getList("items.id"));
    }

    /** The pending dead letter without an envelope whose record had {@code key}, if there is one yet. */
    private String withKey(String key) {
        java.util.List<String> ids = Requests.asAdmin()
                .queryParam("limit", "100")
                .queryParam("status", "PENDING")
                .get(DEAD_LETTERS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.reason == 'NO_ENVELOPE' }.id");
        return ids.stream()
                .filter(id -> key.equals(Requests.asAdmin()
                        .get(DEAD_LETTERS + "/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("message.key")))
                .findFirst()
                .orElse(null);
    }

    private String deadLetterOf(CloudEvent envelope) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> Requests.asAdmin()
                                .queryParam("limit", "100")
                                .queryParam("status", "PENDING")
                                .get(DEAD_LETTERS)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("items.find { it.eventId == '" + envelope.id() + "' }.id"),
                        found -> found != null);
    }
}
