package io.deltashare.testkit.kafka;

import io.deltashare.testkit.Docker;

/** The Kafka broker shared by every test of this JVM: started on first use, stopped when the JVM exits. */
public final class Kafka {

    private static KafkaBroker shared;

    private Kafka() {
    }

    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            KafkaBroker broker = Docker.available() ? ContainerKafkaBroker.start() : LocalKafkaBroker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-kafka"));
            shared = broker;
        }
        return shared;
    }
}
