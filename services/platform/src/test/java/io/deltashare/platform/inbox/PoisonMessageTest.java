package io.deltashare.platform.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.platform.testapp.Db;
import io.deltashare.platform.testapp.KafkaTopics;
import io.deltashare.platform.testapp.TallyEvents;
import io.deltashare.platform.testapp.TallyRegistered;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Only a record that can never apply is dead-lettered, and the partition goes on after it. */
@QuarkusTest
class PoisonMessageTest {

    /** The management interface's root, where health and metrics answer. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final String DLQ = Topics.deadLetter(TallyRegistered.TOPIC);

    @Inject
    Db db;

    @Test
    void anEventWhoseHandlerKeepsFailingIsDeadLetteredAfterThreeAttemptsAndTheNextEventOfItsKeyApplies()
            throws Exception {
        String key = UUID.randomUUID().toString();
        TallyRegistered poison = TallyEvents.aTally("poison", true);
        CloudEvent poisonEnvelope = CloudEvent.of(TallyEvents.SOURCE, poison);
        KafkaTopics.send(TallyEvents.record(key, poison, poisonEnvelope));
        TallyRegistered good = TallyEvents.aTally("after poison", false);
        KafkaTopics.send(TallyEvents.record(key, good, CloudEvent.of(TallyEvents.SOURCE, good)));

        ConsumerRecord<String, String> copy =
                deadLetterCopy(r -> poisonEnvelope.id().toString().equals(KafkaTopics.header(r, "ce_id")));
        assertThat(KafkaTopics.header(copy, "dlq-error")).contains("is poison");
        assertThat(KafkaTopics.header(copy, "dlq-reason")).isEqualTo("HANDLER_FAILED");
        assertThat(KafkaTopics.header(copy, "dlq-attempts")).isEqualTo("3");
        assertThat(KafkaTopics.header(copy, "dlq-original-topic")).isEqualTo(TallyRegistered.TOPIC);
        assertThat(copy.value()).isEqualTo(EventJson.mapper().writeValueAsString(poison));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count(
                                "SELECT count(*) FROM tally_projection WHERE tally_id = ?",
                                UUID.fromString(good.subject()))
                        == 1);
        assertThat(db.count("SELECT count(*) FROM inbox_message WHERE event_id = ?", poisonEnvelope.id()))
                .as("a failed event leaves no inbox row")
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM dead_letter WHERE event_id = ? AND reason = 'HANDLER_FAILED' "
                                + "AND attempts = 3 AND status = 'PENDING'",
                        poisonEnvelope.id()))
                .isEqualTo(1);
        assertThat(given().baseUri(management.toString())
                        .get("metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .containsPattern(
                        "deltashare_dlq_messages_total\\{consumer=\"platform-test\",topic=\"platform-test.tally.v1\"[^}]*} [1-9]")
                .containsPattern("deltashare_dlq_backlog\\{consumer=\"platform-test\"[^}]*} [1-9]");
    }

    @Test
    void aMessageWithoutACloudEventsEnvelopeIsDeadLetteredAtOnce() {
        String key = "no-envelope-" + UUID.randomUUID();
        KafkaTopics.send(new ProducerRecord<>(TallyRegistered.TOPIC, key, "{\"subject\":\"x\"}"));

        ConsumerRecord<String, String> copy = deadLetterCopy(r -> key.equals(r.key()));
        assertThat(KafkaTopics.header(copy, "dlq-reason")).isEqualTo("NO_ENVELOPE");
        assertThat(KafkaTopics.header(copy, "dlq-attempts")).isEqualTo("0");
    }

    @Test
    void anEventOfATypeNobodyDefinedIsDeadLetteredSoItCanBeReplayedOnceTheConsumerKnowsIt() {
        CloudEvent envelope = new CloudEvent(
                UUID.randomUUID(),
                TallyEvents.SOURCE,
                "io.deltashare.platformtest.TallyTeleported.v1",
                "t-1",
                Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(TallyRegistered.TOPIC, "t-1", "{}");
        envelope.writeTo(record.headers());
        KafkaTopics.send(record);

        assertThat(KafkaTopics.header(
                        deadLetterCopy(r -> envelope.id().toString().equals(KafkaTopics.header(r, "ce_id"))),
                        "dlq-reason"))
                .isEqualTo("UNKNOWN_TYPE");
    }

    @Test
    void anEventFromAServiceThatDoesNotOwnTheTopicIsForgedAndNeverApplied() {
        TallyRegistered forged = TallyEvents.aTally("forged", false);
        CloudEvent envelope = CloudEvent.of("booking", forged);
        KafkaTopics.send(TallyEvents.record(forged, envelope));

        ConsumerRecord<String, String> copy =
                deadLetterCopy(r -> envelope.id().toString().equals(KafkaTopics.header(r, "ce_id")));
        assertThat(KafkaTopics.header(copy, "dlq-reason")).isEqualTo("WRONG_SOURCE");
        assertThat(KafkaTopics.header(copy, "dlq-error")).contains("does not own topic platform-test.tally.v1");
        assertThat(db.count(
                        "SELECT count(*) FROM tally_projection WHERE tally_id = ?", UUID.fromString(forged.subject())))
                .isZero();
    }

    @Test
    void aBodyThatDoesNotReadAsItsTypeIsDeadLetteredAtOnce() {
        CloudEvent envelope = new CloudEvent(
                UUID.randomUUID(),
                TallyEvents.SOURCE,
                "io.deltashare.platformtest.TallyRegistered.v1",
                "t-2",
                Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(
                TallyRegistered.TOPIC,
                "t-2",
                "{\"subject\": \"t-2\", \"amount\": {\"amount\": \"twelve\", \"currency\": \"CNY\"}}\u0000");
        envelope.writeTo(record.headers());
        KafkaTopics.send(record);

        ConsumerRecord<String, String> copy =
                deadLetterCopy(r -> envelope.id().toString().equals(KafkaTopics.header(r, "ce_id")));
        assertThat(KafkaTopics.header(copy, "dlq-reason")).isEqualTo("UNDECODABLE");
        assertThat(KafkaTopics.header(copy, "dlq-attempts")).isEqualTo("0");
    }

    private static ConsumerRecord<String, String> deadLetterCopy(
            java.util.function.Predicate<ConsumerRecord<String, String>> which) {
        List<ConsumerRecord<String, String>> dead =
                KafkaTopics.readUntil(DLQ, records -> records.stream().anyMatch(which));
        return dead.stream().filter(which).findFirst().orElseThrow();
    }
}
