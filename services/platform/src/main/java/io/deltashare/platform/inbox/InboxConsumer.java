package io.deltashare.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.platform.PlatformConfig;
import io.deltashare.platform.kafka.KafkaClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Applies a received Kafka record exactly once in effect: the handler and the inbox row commit in one transaction, so a
 * redelivered event finds its id recorded and changes nothing. A record that fails {@code maxAttempts} times, or
 * cannot be read at all, is copied to {@code <topic>.dlq} with the error and counted, and consumption goes on.
 *
 * <p>Use it from a blocking {@code @Incoming} method: {@code consumer.consume(record, handlers)}.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    /** What became of a record. */
    public enum Outcome { APPLIED, DUPLICATE, IGNORED, DEAD_LETTERED }

    private final Inbox inbox;
    private final KafkaClients kafka;
    private final PlatformConfig.Inbox config;
    private final String consumer;
    private final MeterRegistry metrics;

    InboxConsumer(Inbox inbox, KafkaClients kafka, PlatformConfig config, MeterRegistry metrics) {
        this.inbox = inbox;
        this.kafka = kafka;
        this.config = config.inbox();
        this.consumer = config.serviceName();
        this.metrics = metrics;
    }

    public Outcome consume(ConsumerRecord<String, String> record, EventHandlers handlers) {
        Outcome outcome = process(record, handlers);
        metrics.counter("deltashare.inbox.events", "consumer", consumer, "topic", record.topic(),
                "outcome", outcome.name().toLowerCase()).increment();
        return outcome;
    }

    private Outcome process(ConsumerRecord<String, String> record, EventHandlers handlers) {
        Optional<CloudEvent> envelope = CloudEvent.readFrom(record.headers());
        if (envelope.isEmpty()) {
            return deadLetter(record, 0, new IllegalArgumentException("no valid CloudEvents envelope (ce_* headers)"));
        }
        CloudEvent event = envelope.get();
        Optional<EventHandlers.Registration<?>> registration = handlers.forType(event.type());
        if (registration.isEmpty()) {
            LOG.debugf("%s ignores event type %s", consumer, event.type());
            return Outcome.IGNORED;
        }
        Object body;
        try {
            body = EventJson.mapper().readValue(record.value(), registration.get().eventClass());
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException unreadable) {
            return deadLetter(record, 0, unreadable);
        }
        RuntimeException lastFailure = null;
        Duration backoff = config.retryBackoff();
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> apply(record, event, registration.get(), body));
                return applied ? Outcome.APPLIED : Outcome.DUPLICATE;
            } catch (RuntimeException failure) {
                lastFailure = failure;
                LOG.warnf("%s failed to apply %s %s (attempt %d of %d): %s", consumer, event.type(), event.id(),
                        attempt, config.maxAttempts(), failure.getMessage());
                if (attempt < config.maxAttempts()) {
                    pause(backoff);
                    backoff = backoff.multipliedBy(2);
                }
            }
        }
        return deadLetter(record, config.maxAttempts(), lastFailure);
    }

    @SuppressWarnings("unchecked")
    private <E> boolean apply(ConsumerRecord<String, String> record, CloudEvent event,
                              EventHandlers.Registration<E> registration, Object body) {
        if (!inbox.recordFirstDelivery(consumer, record.topic(), event)) {
            return false;
        }
        registration.handler().apply((E) body, event);
        return true;
    }

    private Outcome deadLetter(ConsumerRecord<String, String> record, int attempts, Throwable error) {
        String topic = Topics.deadLetter(record.topic());
        ProducerRecord<String, String> dead = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        dead.headers()
                .add("dlq-consumer", bytes(consumer))
                .add("dlq-error", bytes(String.valueOf(error)))
                .add("dlq-attempts", bytes(Integer.toString(attempts)))
                .add("dlq-original-topic", bytes(record.topic()))
                .add("dlq-original-partition", bytes(Integer.toString(record.partition())))
                .add("dlq-original-offset", bytes(Long.toString(record.offset())));
        try {
            // Wait for the broker: the record is acknowledged (and so skipped) only once its copy is safe.
            kafka.producer().send(dead).get(2, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter a record of " + record.topic() + " to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering to " + topic, e);
        }
        metrics.counter("deltashare.dlq.messages", "consumer", consumer, "topic", record.topic()).increment();
        LOG.errorf("%s dead-lettered a record of %s (partition %d, offset %d) to %s: %s", consumer, record.topic(),
                record.partition(), record.offset(), topic, error);
        return Outcome.DEAD_LETTERED;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static void pause(Duration backoff) {
        try {
            TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
