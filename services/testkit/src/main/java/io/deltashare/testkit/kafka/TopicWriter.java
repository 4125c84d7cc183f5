package io.deltashare.testkit.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.IntegrationEvent;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes an integration event to the shared broker exactly as its owning service's outbox relay would: on the
 * event's topic, keyed by its subject, with CloudEvents headers. Tests use it to play another service's part.
 */
public final class TopicWriter {

    private TopicWriter() {}

    /** Sends {@code event} as if {@code source} had published it, and waits for the broker's acknowledgement. */
    public static CloudEvent publish(String source, IntegrationEvent event) {
        return publish(source, event, null);
    }

    /**
     * Sends {@code event} as if {@code source} had published it at {@code time} (its CloudEvents {@code time}; now
     * when null), for tests of figures that count events by when they happened.
     */
    public static CloudEvent publish(String source, IntegrationEvent event, Instant time) {
        CloudEvent envelope = time == null ? CloudEvent.of(source, event) : CloudEvent.of(source, event, time);
        ProducerRecord<String, String> record =
                new ProducerRecord<>(IntegrationEvent.typeOf(event.getClass()).topic(), event.subject(), json(event));
        envelope.writeTo(record.headers());
        send(record);
        return envelope;
    }

    /** Sends {@code event} again in the envelope it was first published in: a redelivery, as a consumer sees it. */
    public static void redeliver(CloudEvent envelope, IntegrationEvent event) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(IntegrationEvent.typeOf(event.getClass()).topic(), event.subject(), json(event));
        envelope.writeTo(record.headers());
        send(record);
    }

    /** Sends a record as it is, for tests of what a consumer does with a redelivery or a malformed message. */
    public static void send(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        Kafka.shared().bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused " + record.topic() + "/" + record.key(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + record.topic(), e);
        }
    }

    private static String json(IntegrationEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(event.getClass().getName() + " cannot be written as JSON", e);
        }
    }
}
