package io.deltashare.platform.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.testapp.Db;
import io.deltashare.platform.testapp.KafkaTopics;
import io.deltashare.platform.testapp.TallyRegistered;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PoisonMessageTest {

    private static final String DLQ = Topics.deadLetter(TallyRegistered.TOPIC);

    @Inject
    Db db;

    @Test
    void anEventThatKeepsFailingLandsInTheDeadLetterTopicWithItsErrorAndConsumptionGoesOn() throws Exception {
        String key = UUID.randomUUID().toString();
        TallyRegistered poison = new TallyRegistered(key, "poison", Money.parse("1.00"), true);
        CloudEvent poisonEnvelope = CloudEvent.of("platform-test", poison);
        KafkaTopics.send(record(key, EventJson.mapper().writeValueAsString(poison), poisonEnvelope));
        String goodId = UUID.randomUUID().toString();
        TallyRegistered good = new TallyRegistered(goodId, "after poison", Money.parse("1.00"), false);
        KafkaTopics.send(record(key, EventJson.mapper().writeValueAsString(good), CloudEvent.of("platform-test", good)));

        List<ConsumerRecord<String, String>> dead = KafkaTopics.readUntil(DLQ, records -> records.stream()
                .anyMatch(r -> poisonEnvelope.id().toString().equals(KafkaTopics.header(r, "ce_id"))));
        ConsumerRecord<String, String> copy = dead.stream()
                .filter(r -> poisonEnvelope.id().toString().equals(KafkaTopics.header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(KafkaTopics.header(copy, "dlq-error")).contains("is poison");
        assertThat(KafkaTopics.header(copy, "dlq-attempts")).isEqualTo("3");
        assertThat(KafkaTopics.header(copy, "dlq-original-topic")).isEqualTo(TallyRegistered.TOPIC);
        assertThat(copy.value()).isEqualTo(EventJson.mapper().writeValueAsString(poison));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("SELECT count(*) FROM tally_projection WHERE tally_id = ?", UUID.fromString(goodId)) == 1);
        assertThat(db.count("SELECT count(*) FROM inbox_message WHERE event_id = ?", poisonEnvelope.id()))
                .as("a failed event leaves no inbox row").isZero();
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("deltashare_dlq_messages_total\\{consumer=\"platform-test\",topic=\"platform-test.tally.v1\"[^}]*} [1-9]");
    }

    @Test
    void aMessageWithoutACloudEventsEnvelopeIsDeadLetteredAtOnce() {
        String key = "no-envelope-" + UUID.randomUUID();
        KafkaTopics.send(new ProducerRecord<>(TallyRegistered.TOPIC, key, "{\"subject\":\"x\"}"));

        List<ConsumerRecord<String, String>> dead = KafkaTopics.readUntil(DLQ,
                records -> records.stream().anyMatch(r -> key.equals(r.key())));
        ConsumerRecord<String, String> copy = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(KafkaTopics.header(copy, "dlq-error")).contains("no valid CloudEvents envelope");
        assertThat(KafkaTopics.header(copy, "dlq-attempts")).isEqualTo("0");
    }

    private static ProducerRecord<String, String> record(String key, String json, CloudEvent envelope) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TallyRegistered.TOPIC, key, json);
        envelope.writeTo(record.headers());
        return record;
    }
}
