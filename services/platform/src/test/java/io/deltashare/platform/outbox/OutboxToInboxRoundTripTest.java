package io.deltashare.platform.outbox;

import static io.deltashare.platform.testapp.Requests.asFirm;
import static io.deltashare.platform.testapp.Requests.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deltashare.platform.testapp.Db;
import io.deltashare.platform.testapp.KafkaTopics;
import io.deltashare.platform.testapp.TallyRegistered;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxToInboxRoundTripTest {

    @Inject
    Db db;

    @Test
    void aCommittedChangeReachesKafkaAsACloudEventAndIsAppliedOnceByTheConsumer() {
        String id = asFirm().body(tally("round trip", "12.34"))
                .post("/api/v1/tallies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        UUID tallyId = UUID.fromString(id);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT applied_count FROM tally_projection WHERE tally_id = ?", tallyId) == 1);
        assertThat(db.count("SELECT count(*) FROM outbox_message WHERE message_key = ? AND sent_at IS NOT NULL", id))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM inbox_message WHERE consumer = 'platform-test'"
                                + " AND event_id = (SELECT id FROM outbox_message WHERE message_key = ?)",
                        id))
                .isEqualTo(1);

        ConsumerRecord<String, String> record = KafkaTopics.readUntil(
                        TallyRegistered.TOPIC, records -> records.stream().anyMatch(r -> id.equals(r.key())))
                .stream()
                .filter(r -> id.equals(r.key()))
                .findFirst()
                .orElseThrow();
        assertThat(KafkaTopics.header(record, "ce_type")).isEqualTo("io.deltashare.platformtest.TallyRegistered.v1");
        assertThat(KafkaTopics.header(record, "ce_source")).isEqualTo("platform-test");
        assertThat(KafkaTopics.header(record, "ce_subject")).isEqualTo(id);
        assertThat(KafkaTopics.header(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(record.value()).contains("\"amount\":\"12.34\"");
    }
}
