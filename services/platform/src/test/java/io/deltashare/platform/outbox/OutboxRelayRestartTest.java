package io.deltashare.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.platform.kafka.KafkaClients;
import io.deltashare.platform.testapp.Db;
import io.deltashare.platform.testapp.KafkaTopics;
import io.deltashare.testkit.kafka.Kafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The relay dies in the middle of a batch; a new relay takes over and nothing is lost or reordered per key. */
@QuarkusTest
@TestProfile(OutboxRelayRestartTest.RelayStopped.class)
class OutboxRelayRestartTest {

    static final String TOPIC = "platform-test.relay.v1";

    /** The background relay is off, so this test drives relays by hand. */
    public static class RelayStopped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("deltashare.outbox.relay-enabled", "false");
        }
    }

    @EventType(value = "io.deltashare.platformtest.ReadingTaken.v1", topic = TOPIC)
    record ReadingTaken(String subject, int sequence, String run) implements IntegrationEvent {}

    @Inject
    Outbox outbox;

    @Inject
    Db db;

    @Test
    void aRelayStoppedMidBatchAndRestartedLosesNothingAndKeepsEachKeysOrder() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> keys = List.of("instrument-a", "instrument-b", "instrument-c", "instrument-d", "instrument-e");
        Set<UUID> written = QuarkusTransaction.requiringNew().call(() -> {
            Set<UUID> ids = new java.util.HashSet<>();
            for (int i = 0; i < 300; i++) {
                ids.add(outbox.publish(new ReadingTaken(keys.get(i % keys.size()) + "-" + run, i, run)));
            }
            return ids;
        });

        try (KafkaProducer<String, String> real = new KafkaProducer<>(
                KafkaClients.producerConfig(Kafka.shared().bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            OutboxRelay crashing = new OutboxRelay(db.dataSource(), dyingAfter(120, real), 200);
            assertThatThrownBy(crashing::publishBatch).isInstanceOf(OutboxPublishException.class);
            long markedBeforeCrash = db.count(
                    "SELECT count(*) FROM outbox_message WHERE sent_at IS NOT NULL AND payload LIKE ?",
                    "%" + run + "%");
            assertThat(markedBeforeCrash).isEqualTo(120);

            OutboxRelay restarted = new OutboxRelay(db.dataSource(), real, 200);
            int sent = 0;
            for (int pass = restarted.publishBatch(); pass > 0; pass = restarted.publishBatch()) {
                sent += pass;
            }
            assertThat(sent).isEqualTo(180);
        }
        assertThat(db.count("SELECT count(*) FROM outbox_message WHERE sent_at IS NULL"))
                .isZero();

        List<ConsumerRecord<String, String>> received = KafkaTopics.readUntil(
                TOPIC,
                records -> records.stream()
                                .filter(r -> r.value().contains(run))
                                .map(r -> KafkaTopics.header(r, "ce_id"))
                                .distinct()
                                .count()
                        == 300);
        List<ConsumerRecord<String, String>> ours =
                received.stream().filter(r -> r.value().contains(run)).toList();
        assertThat(ours.stream()
                        .map(r -> UUID.fromString(KafkaTopics.header(r, "ce_id")))
                        .collect(Collectors.toSet()))
                .isEqualTo(written);

        Map<String, List<Integer>> firstSeenOrderPerKey = new LinkedHashMap<>();
        Map<String, Set<Integer>> seen = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : ours) {
            int sequence = Integer.parseInt(record.value().replaceAll(".*\"sequence\":(\\d+).*", "$1"));
            if (seen.computeIfAbsent(record.key(), k -> new java.util.HashSet<>())
                    .add(sequence)) {
                firstSeenOrderPerKey
                        .computeIfAbsent(record.key(), k -> new ArrayList<>())
                        .add(sequence);
            }
        }
        assertThat(firstSeenOrderPerKey).hasSize(keys.size());
        firstSeenOrderPerKey
                .values()
                .forEach(sequences -> assertThat(sequences).isSorted().hasSize(60));
    }

    /** A producer that delivers {@code limit} records and then fails like a relay whose process died. */
    @SuppressWarnings("unchecked")
    private static Producer<String, String> dyingAfter(int limit, Producer<String, String> real) {
        AtomicInteger sends = new AtomicInteger();
        return (Producer<String, String>) Proxy.newProxyInstance(
                Producer.class.getClassLoader(), new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && sends.incrementAndGet() > limit) {
                        throw new org.apache.kafka.common.KafkaException("relay process died");
                    }
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    return method.invoke(real, args);
                });
    }
}
