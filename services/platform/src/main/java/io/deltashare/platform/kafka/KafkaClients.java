package io.deltashare.platform.kafka;

import io.deltashare.platform.PlatformConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka clients of a service. The producer, which the outbox relay and the dead-letter path share, is idempotent,
 * {@code acks=all}, at most five requests in flight, so records of one key keep their order even when the client
 * retries. The consumer ({@link io.deltashare.platform.inbox.EventConsumers}) commits by hand. Both take the broker
 * address from {@code kafka.bootstrap.servers} and any {@code kafka.security.*}, {@code kafka.sasl.*} and
 * {@code kafka.ssl.*} settings, or their environment variables ({@code KAFKA_SSL_KEYSTORE_LOCATION}): a cluster's TLS
 * and SASL.
 */
@ApplicationScoped
public class KafkaClients {

    private static final String[] PASSED_ON = {"kafka.security.", "kafka.sasl.", "kafka.ssl."};

    private final String bootstrapServers;
    private final int maxPollRecords;
    private final Duration sessionTimeout;
    private volatile Producer<String, String> producer;

    KafkaClients(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, PlatformConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.maxPollRecords = config.inbox().maxPollRecords();
        this.sessionTimeout = config.inbox().sessionTimeout();
    }

    public Producer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(
                            producerConfig(bootstrapServers), new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    public static Map<String, Object> producerConfig(String bootstrapServers) {
        Map<String, Object> config = common(bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int)
                Duration.ofMinutes(2).toMillis());
        return config;
    }

    /**
     * A consumer of group {@code group} that never commits on its own and starts a new group at the beginning of each
     * topic (nothing published before a service first ran may be skipped).
     */
    public Map<String, Object> consumerConfig(String group) {
        Map<String, Object> config = common(bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, group + "-inbox");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(1000, sessionTimeout.toMillis() / 3));
        return config;
    }

    /** An admin client's settings: the broker's address and security, nothing else. */
    public Map<String, Object> adminConfig() {
        Map<String, Object> config = common(bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "readiness");
        return config;
    }

    private static Map<String, Object> common(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        Config settings = ConfigProvider.getConfig();
        for (String name : settings.getPropertyNames()) {
            clientSetting(name)
                    .ifPresent(setting -> settings.getOptionalValue(name, String.class)
                            .ifPresent(value -> config.put(setting, value)));
        }
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }

    /**
     * The Kafka client setting a configuration name stands for: {@code kafka.ssl.keystore.location}, or the environment
     * variable {@code KAFKA_SSL_KEYSTORE_LOCATION} as Kubernetes sets it, both give {@code ssl.keystore.location}.
     */
    static Optional<String> clientSetting(String name) {
        String dotted =
                name.startsWith("KAFKA_") ? name.toLowerCase(Locale.ROOT).replace('_', '.') : name;
        for (String prefix : PASSED_ON) {
            if (dotted.startsWith(prefix)) {
                return Optional.of(dotted.substring("kafka.".length()));
            }
        }
        return Optional.empty();
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
    }
}
