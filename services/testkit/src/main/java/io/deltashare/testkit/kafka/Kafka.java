package io.deltashare.testkit.kafka;

import io.deltashare.testkit.Docker;
import io.deltashare.testkit.JvmWide;

/** The Kafka broker shared by every test of this JVM: started on first use, stopped when the JVM exits. */
public final class Kafka {

    private Kafka() {}

    public static KafkaBroker shared() {
        return JvmWide.server(
                "testkit.kafka.shared",
                () -> Docker.available() ? ContainerKafkaBroker.start() : LocalKafkaBroker.start(),
                KafkaBroker::bootstrapServers,
                Attached::new,
                broker -> broker::close);
    }

    /** A broker another class loader of this JVM started. */
    private record Attached(String bootstrapServers) implements KafkaBroker {
        @Override
        public void close() {
            // owned and stopped by the class loader that started it
        }
    }
}
