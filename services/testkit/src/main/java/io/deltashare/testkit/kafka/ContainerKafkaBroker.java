package io.deltashare.testkit.kafka;

import io.deltashare.testkit.process.MavenArtifacts;
import org.testcontainers.kafka.KafkaContainer;

/** The same Kafka version in a container, used when a Docker engine answers. */
public final class ContainerKafkaBroker implements KafkaBroker {

    private final KafkaContainer container;

    private ContainerKafkaBroker(KafkaContainer container) {
        this.container = container;
    }

    public static ContainerKafkaBroker start() {
        KafkaContainer container = new KafkaContainer("apache/kafka:" + MavenArtifacts.version("kafka.version"));
        container.start();
        return new ContainerKafkaBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
