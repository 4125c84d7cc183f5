package io.deltashare.platform.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the broker answers, within {@link #WITHIN}. Quarkus's own Kafka check waits for the admin client's
 * default timeout (a minute) when the broker is away, so the readiness probe itself hung instead of saying "down".
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    static final Duration WITHIN = Duration.ofSeconds(3);

    private final KafkaClients kafka;
    private volatile Admin admin;

    KafkaReadiness(KafkaClients kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Collection<Node> nodes = admin().describeCluster(
                            new DescribeClusterOptions().timeoutMs((int) WITHIN.toMillis()))
                    .nodes()
                    .get(WITHIN.toMillis() + 500, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named("Kafka broker")
                    .up()
                    .withData(
                            "nodes",
                            nodes.stream().map(n -> n.host() + ":" + n.port()).collect(Collectors.joining(",")))
                    .build();
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return HealthCheckResponse.named("Kafka broker")
                    .down()
                    .withData("reason", cause.getClass().getSimpleName() + ": " + cause.getMessage())
                    .build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> config = kafka.adminConfig();
                    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) WITHIN.toMillis());
                    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) WITHIN.toMillis());
                    admin = Admin.create(config);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
