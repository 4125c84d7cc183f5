package io.deltashare.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the service's consumer is polling; its data shows the partitions it holds back and why. (Whether the
 * database and the broker answer is the datasource's and Kafka's own readiness checks.)
 */
@Readiness
@ApplicationScoped
public class EventConsumersHealth implements HealthCheck {

    /** Longer than a poll, a commit and a slow record together. */
    private static final Duration SILENT_TOO_LONG = Duration.ofSeconds(60);

    private final EventConsumers consumers;

    EventConsumersHealth(EventConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        EventConsumers.Status status = consumers.status();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("event consumers");
        if (status.topics().isEmpty()) {
            return answer.up().withData("topics", "none").build();
        }
        boolean polling = status.running()
                && status.lastPoll() != null
                && status.lastPoll().isAfter(Instant.now().minus(SILENT_TOO_LONG));
        answer.status(polling)
                .withData("topics", String.join(",", status.topics()))
                .withData("assigned partitions", status.assignedPartitions())
                .withData("last poll", String.valueOf(status.lastPoll()));
        status.waiting()
                .forEach((partition, waiting) -> answer.withData(
                        "waiting " + partition,
                        "offset " + waiting.offset() + ", " + waiting.outcome().toLowerCase() + ", failures "
                                + waiting.failures() + ", next try " + waiting.resumeAt()));
        return answer.build();
    }
}
