package io.deltashare.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.testapp.Db;
import io.deltashare.platform.testapp.KafkaTopics;
import io.deltashare.platform.testapp.TallyRegistered;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RedeliveredEventTest {

    @Inject
    Db db;

    @Test
    void anEventDeliveredThreeTimesTakesEffectOnce() throws Exception {
        String tallyId = UUID.randomUUID().toString();
        TallyRegistered event = new TallyRegistered(tallyId, "redelivered", Money.parse("1.00"), false);
        CloudEvent envelope = CloudEvent.of("platform-test", event);
        for (int delivery = 0; delivery < 3; delivery++) {
            KafkaTopics.send(record(event, envelope));
        }
        // A later event on the same key is consumed after the duplicates (same partition, in order).
        String markerId = UUID.randomUUID().toString();
        TallyRegistered marker = new TallyRegistered(markerId, "marker", Money.parse("1.00"), false);
        ProducerRecord<String, String> markerRecord = record(marker, CloudEvent.of("platform-test", marker));
        KafkaTopics.send(new ProducerRecord<>(
                TallyRegistered.TOPIC, null, tallyId, markerRecord.value(), markerRecord.headers()));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        db.count("SELECT count(*) FROM tally_projection WHERE tally_id = ?", UUID.fromString(markerId))
                                == 1);
        assertThat(db.count("SELECT applied_count FROM tally_projection WHERE tally_id = ?", UUID.fromString(tallyId)))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM inbox_message WHERE event_id = ?", envelope.id()))
                .isEqualTo(1);
    }

    private static ProducerRecord<String, String> record(TallyRegistered event, CloudEvent envelope) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(
                TallyRegistered.TOPIC, event.subject(), EventJson.mapper().writeValueAsString(event));
        envelope.writeTo(record.headers());
        return record;
    }
}
