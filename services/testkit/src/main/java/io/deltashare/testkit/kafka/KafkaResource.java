package io.deltashare.testkit.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a {@code @QuarkusTest}'s Kafka clients (SmallRye channels and the outbox relay) at the shared real broker. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", Kafka.shared().bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker is shared by all test classes of this JVM and stopped by its shutdown hook.
    }
}
