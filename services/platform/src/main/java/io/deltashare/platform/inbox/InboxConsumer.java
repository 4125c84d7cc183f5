package io.deltashare.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.KnownEvents;
import io.deltashare.contracts.events.Topics;
import io.deltashare.platform.PlatformConfig;
import io.deltashare.platform.failure.Faults;
import io.deltashare.platform.kafka.KafkaClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Applies received Kafka records exactly once in effect: a handler's changes and the event's inbox row commit in one
 * transaction, so a redelivered event finds its id recorded and changes nothing. The records of one poll share a
 * transaction where they can (one commit, not one per event); a failure sends them through one at a time.
 *
 * <p>What becomes of a record that does not apply depends on why:
 * <ul>
 *   <li>it can never apply (no envelope, a type nobody defined, a source that does not own the topic, a body that
 *       does not read as its type): dead-lettered at once;</li>
 *   <li>the infrastructure failed (database or broker unreachable, a timeout, a lock conflict), the database does not
 *       answer, or the application is stopping: {@link Outcome#RETRY_LATER}, never counted against the event;</li>
 *   <li>the handler failed while everything else worked: {@link Outcome#FAILED}, and dead-lettered when that happened
 *       {@code deltashare.inbox.max-attempts} times in a row.</li>
 * </ul>
 * Dead-lettering keeps the record in {@code dead_letter} (for the operator API) and copies it to {@code <topic>.dlq};
 * only when both are safe is the record acknowledged. {@link EventConsumers} runs the poll loop around it.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    /** What became of a record. */
    public enum Outcome {
        /** Its handler ran and committed with the inbox row. */
        APPLIED,
        /** Applied before: the inbox row was there. */
        DUPLICATE,
        /** A known type this consumer has no handler for. */
        IGNORED,
        /** Set aside in {@code dead_letter} and {@code <topic>.dlq}. */
        DEAD_LETTERED,
        /** The handler failed while the infrastructure worked; counts towards dead-lettering. */
        FAILED,
        /** Not applied because of an infrastructure fault or shutdown; try again later, without counting it. */
        RETRY_LATER;

        /** Whether the record is done with and its offset may be committed. */
        public boolean settled() {
            return this != FAILED && this != RETRY_LATER;
        }
    }

    /** A record read and checked, ready to apply; or skipped; or the reason it never can apply. */
    sealed interface Decoded {
        /** The envelope, null when there is none. */
        CloudEvent envelope();

        record Ready(CloudEvent envelope, EventHandlers.Registration<?> registration, Object body) implements Decoded {}

        record Skip(CloudEvent envelope) implements Decoded {}

        record Poison(CloudEvent envelope, DeadLetterReason reason, String error) implements Decoded {}
    }

    private static final TextMapGetter<ConsumerRecord<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, String> record) {
            return StreamSupport.stream(record.headers().spliterator(), false)
                    .map(Header::key)
                    .toList();
        }

        @Override
        public String get(ConsumerRecord<String, String> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Inbox inbox;
    private final DeadLetterStore deadLetters;
    private final KafkaClients kafka;
    private final DataSource dataSource;
    private final PlatformConfig.Inbox config;
    private final String consumer;
    private final MeterRegistry metrics;
    private final Tracer tracer;
    private final Clock clock;
    private volatile boolean stopping;

    InboxConsumer(
            Inbox inbox,
            DeadLetterStore deadLetters,
            KafkaClients kafka,
            DataSource dataSource,
            PlatformConfig config,
            MeterRegistry metrics,
            Tracer tracer,
            Clock clock) {
        this.clock = clock;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.kafka = kafka;
        this.dataSource = dataSource;
        this.config = config.inbox();
        this.consumer = config.serviceName();
        this.metrics = metrics;
        this.tracer = tracer;
    }

    /** From now on every record is left for later: the application is stopping. */
    void stop() {
        stopping = true;
    }

    /** The consumer's name: its service, its Kafka consumer group and its inbox and dead-letter rows. */
    public String name() {
        return consumer;
    }

    /** Applies {@code record} as a first delivery. */
    public Outcome consume(ConsumerRecord<String, String> record, EventHandlers handlers) {
        return consume(record, handlers, 0);
    }

    /** Applies {@code record}, which failed {@code failuresBefore} times in a row already. */
    public Outcome consume(ConsumerRecord<String, String> record, EventHandlers handlers, int failuresBefore) {
        return counted(record, process(record, decode(record, handlers), failuresBefore));
    }

    /**
     * Applies a partition's records in order, in as few transactions as it can. Each run of records that are ready to
     * apply (or to skip) commits in one transaction, every record's inbox row with its handler's changes; a record that
     * can never apply ends a run and is dead-lettered on its own. When a run fails, its records are applied again one
     * at a time, so that the failure is counted against the record that caused it and the records before it still
     * apply. Stops at the first record that is not settled.
     *
     * @param failuresOfFirst how often the first record failed in a row already; a record that failed before is applied
     *     on its own
     * @return the outcome of each record handled, in order: all settled but possibly the last
     */
    public List<Outcome> consume(
            List<ConsumerRecord<String, String>> records, EventHandlers handlers, int failuresOfFirst) {
        List<Decoded> decoded =
                records.stream().map(record -> decode(record, handlers)).toList();
        List<Outcome> outcomes = new ArrayList<>(records.size());
        int next = 0;
        while (next < records.size()) {
            int end = next == 0 && failuresOfFirst > 0 ? next + 1 : endOfRun(decoded, next);
            if (end - next > 1) {
                Optional<List<Outcome>> together =
                        applyTogether(records.subList(next, end), decoded.subList(next, end));
                if (together.isPresent()) {
                    for (int i = next; i < end; i++) {
                        Outcome outcome = together.get().get(i - next);
                        if (outcome == Outcome.APPLIED) {
                            lag(records.get(i), decoded.get(i).envelope());
                        }
                        outcomes.add(counted(records.get(i), outcome));
                    }
                    next = end;
                    continue;
                }
            }
            for (int i = next; i < end; i++) {
                Outcome outcome =
                        counted(records.get(i), process(records.get(i), decoded.get(i), i == 0 ? failuresOfFirst : 0));
                outcomes.add(outcome);
                if (!outcome.settled()) {
                    return outcomes;
                }
            }
            next = end;
        }
        return outcomes;
    }

    /**
     * Where the run of records from {@code start} that may share a transaction ends: at the first record that can never
     * apply (which goes on its own), at once when that is the first.
     */
    private static int endOfRun(List<Decoded> decoded, int start) {
        int end = start;
        while (end < decoded.size() && !(decoded.get(end) instanceof Decoded.Poison)) {
            end++;
        }
        return Math.max(end, start + 1);
    }

    /**
     * The run's records in one new transaction: applied, skipped or found applied before. Empty when the transaction
     * failed, whatever the cause; the caller then tries them one at a time, which tells the causes apart.
     */
    private Optional<List<Outcome>> applyTogether(List<ConsumerRecord<String, String>> records, List<Decoded> decoded) {
        if (stopping) {
            return Optional.empty();
        }
        if (decoded.stream().noneMatch(Decoded.Ready.class::isInstance)) {
            // types this consumer has no handler for: nothing to record, no transaction to begin
            return Optional.of(Collections.nCopies(records.size(), Outcome.IGNORED));
        }
        try {
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                Set<UUID> firstDeliveries = inbox.recordFirstDeliveries(
                        consumer,
                        records.get(0).topic(),
                        decoded.stream()
                                .filter(Decoded.Ready.class::isInstance)
                                .map(Decoded::envelope)
                                .toList());
                List<Outcome> outcomes = new ArrayList<>(records.size());
                for (int i = 0; i < records.size(); i++) {
                    ConsumerRecord<String, String> record = records.get(i);
                    // a second copy of an event in the same run is a redelivery, like one from an earlier run
                    if (decoded.get(i) instanceof Decoded.Ready ready
                            && firstDeliveries.remove(ready.envelope().id())) {
                        traced(record, ready, () -> handle(ready));
                        inbox.endOfEvent();
                        outcomes.add(Outcome.APPLIED);
                    } else {
                        outcomes.add(decoded.get(i) instanceof Decoded.Ready ? Outcome.DUPLICATE : Outcome.IGNORED);
                    }
                }
                return outcomes;
            }));
        } catch (RuntimeException failure) {
            LOG.debugf(
                    "%s could not apply %d records of %s together (%s); applying them one at a time",
                    consumer, records.size(), records.get(0).topic(), failure);
            return Optional.empty();
        }
    }

    private Outcome counted(ConsumerRecord<String, String> record, Outcome outcome) {
        metrics.counter(
                        "deltashare.inbox.events",
                        "consumer",
                        consumer,
                        "topic",
                        record.topic(),
                        "outcome",
                        outcome.name().toLowerCase())
                .increment();
        return outcome;
    }

    private Outcome process(ConsumerRecord<String, String> record, Decoded decoded, int failuresBefore) {
        if (stopping) {
            return Outcome.RETRY_LATER;
        }
        if (decoded instanceof Decoded.Poison poison) {
            return deadLetter(record, poison.envelope(), poison.reason(), poison.error(), 0);
        }
        if (decoded instanceof Decoded.Skip skip) {
            LOG.debugf("%s skips event type %s", consumer, skip.envelope().type());
            return Outcome.IGNORED;
        }
        Decoded.Ready ready = (Decoded.Ready) decoded;
        try {
            boolean first = applyAlone(record, ready);
            if (first) {
                lag(record, ready.envelope());
            }
            return first ? Outcome.APPLIED : Outcome.DUPLICATE;
        } catch (RuntimeException failure) {
            if (stopping) {
                LOG.infof(
                        "%s leaves %s %s for after the restart: %s",
                        consumer, ready.envelope().type(), ready.envelope().id(), failure.getMessage());
                return Outcome.RETRY_LATER;
            }
            Optional<EventRefusedException> refused = refusal(failure);
            if (refused.isPresent()) {
                LOG.warnf(
                        "%s refuses %s %s: %s",
                        consumer,
                        ready.envelope().type(),
                        ready.envelope().id(),
                        refused.get().getMessage());
                return deadLetter(
                        record,
                        ready.envelope(),
                        DeadLetterReason.REFUSED,
                        refused.get().getMessage(),
                        failuresBefore + 1);
            }
            if (Faults.isTransient(failure) || !databaseAnswers()) {
                LOG.warnf(
                        "%s could not apply %s %s for now (%s); it will be retried",
                        consumer, ready.envelope().type(), ready.envelope().id(), failure);
                return Outcome.RETRY_LATER;
            }
            int failures = failuresBefore + 1;
            LOG.warnf(
                    failure,
                    "%s failed to apply %s %s (attempt %d of %d)",
                    consumer,
                    ready.envelope().type(),
                    ready.envelope().id(),
                    failures,
                    config.maxAttempts());
            if (failures < config.maxAttempts()) {
                return Outcome.FAILED;
            }
            return deadLetter(
                    record, ready.envelope(), DeadLetterReason.HANDLER_FAILED, String.valueOf(failure), failures);
        }
    }

    /**
     * Applies a dead letter again, for an operator: as {@link #consume} would, except that a failure is thrown
     * rather than dead-lettered again.
     *
     * @throws ReplayRefusedException when the record still cannot be read as an event
     */
    Outcome replay(ConsumerRecord<String, String> record, EventHandlers handlers) {
        Decoded decoded = decode(record, handlers);
        if (decoded instanceof Decoded.Poison poison) {
            throw new ReplayRefusedException(poison.reason(), poison.error());
        }
        if (decoded instanceof Decoded.Skip) {
            return Outcome.IGNORED;
        }
        return applyAlone(record, (Decoded.Ready) decoded) ? Outcome.APPLIED : Outcome.DUPLICATE;
    }

    /** The handler's refusal behind {@code failure}, however a transaction wrapped it. */
    private static Optional<EventRefusedException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EventRefusedException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    /** Reads the envelope and body and checks that they belong on this topic. */
    Decoded decode(ConsumerRecord<String, String> record, EventHandlers handlers) {
        Optional<CloudEvent> envelope = CloudEvent.readFrom(record.headers());
        if (envelope.isEmpty()) {
            return new Decoded.Poison(
                    null, DeadLetterReason.NO_ENVELOPE, "no valid CloudEvents envelope (ce_* headers)");
        }
        CloudEvent event = envelope.get();
        String owner = KnownEvents.ownerOf(record.topic());
        if (!owner.equals(event.source())) {
            return new Decoded.Poison(
                    event,
                    DeadLetterReason.WRONG_SOURCE,
                    "source '" + event.source() + "' does not own topic " + record.topic() + " (only '" + owner
                            + "' publishes there)");
        }
        Optional<EventHandlers.Registration<?>> registration = handlers.forType(event.type());
        Optional<EventType> type = registration
                .<EventType>map(EventHandlers.Registration::type)
                .or(() -> KnownEvents.byType(event.type()));
        if (type.isEmpty()) {
            return new Decoded.Poison(
                    event,
                    DeadLetterReason.UNKNOWN_TYPE,
                    "event type " + event.type() + " is not defined by the contracts this consumer knows");
        }
        if (!type.get().topic().equals(record.topic())) {
            return new Decoded.Poison(
                    event,
                    DeadLetterReason.WRONG_SOURCE,
                    "event type " + event.type() + " belongs on " + type.get().topic() + ", not " + record.topic());
        }
        if (registration.isEmpty()) {
            return new Decoded.Skip(event);
        }
        if (record.value() == null) {
            return new Decoded.Poison(event, DeadLetterReason.UNDECODABLE, "the record has no body");
        }
        try {
            Object body = EventJson.mapper()
                    .readValue(record.value(), registration.get().eventClass());
            if (body == null) {
                return new Decoded.Poison(event, DeadLetterReason.UNDECODABLE, "the body is JSON null");
            }
            return new Decoded.Ready(event, registration.get(), body);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            return new Decoded.Poison(event, DeadLetterReason.UNDECODABLE, String.valueOf(e));
        }
    }

    /** The handler and the inbox row in one new transaction. */
    private boolean applyAlone(ConsumerRecord<String, String> record, Decoded.Ready ready) {
        return traced(record, ready, () -> QuarkusTransaction.requiringNew().call(() -> apply(record, ready)));
    }

    /** Applies {@code ready} in a span that continues the publisher's trace. */
    private boolean traced(ConsumerRecord<String, String> record, Decoded.Ready ready, Supplier<Boolean> application) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), record, HEADERS);
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", ready.envelope().id().toString())
                .setAttribute("cloudevents.event_type", ready.envelope().type())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return application.get();
        } catch (RuntimeException failure) {
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
            throw failure;
        } finally {
            span.end();
        }
    }

    private boolean apply(ConsumerRecord<String, String> record, Decoded.Ready ready) {
        if (!inbox.recordFirstDelivery(consumer, record.topic(), ready.envelope())) {
            return false;
        }
        return handle(ready);
    }

    @SuppressWarnings("unchecked")
    private <E> boolean handle(Decoded.Ready ready) {
        EventHandlers.Registration<E> registration = (EventHandlers.Registration<E>) ready.registration();
        registration.handler().apply((E) ready.body(), ready.envelope());
        return true;
    }

    private Outcome deadLetter(
            ConsumerRecord<String, String> record,
            CloudEvent envelope,
            DeadLetterReason reason,
            String error,
            int attempts) {
        String topic = Topics.deadLetter(record.topic());
        try {
            deadLetters.record(consumer, record, envelope, reason, error, attempts, clock.instant());
            ProducerRecord<String, String> copy = new ProducerRecord<>(topic, record.key(), record.value());
            for (Header header : record.headers()) {
                copy.headers().add(header);
            }
            copy.headers()
                    .add("dlq-consumer", bytes(consumer))
                    .add("dlq-reason", bytes(reason.name()))
                    .add("dlq-error", bytes(error))
                    .add("dlq-attempts", bytes(Integer.toString(attempts)))
                    .add("dlq-original-topic", bytes(record.topic()))
                    .add("dlq-original-partition", bytes(Integer.toString(record.partition())))
                    .add("dlq-original-offset", bytes(Long.toString(record.offset())));
            // the record is acknowledged (and so skipped) only once its copy is safe with the broker
            kafka.producer().send(copy).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.RETRY_LATER;
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.warnf(
                    "%s could not dead-letter a record of %s (partition %d, offset %d) yet: %s",
                    consumer, record.topic(), record.partition(), record.offset(), cause);
            return Outcome.RETRY_LATER;
        }
        metrics.counter("deltashare.dlq.messages", "consumer", consumer, "topic", record.topic())
                .increment();
        LOG.errorf(
                "%s dead-lettered a record of %s (partition %d, offset %d, event %s) to %s, %s: %s",
                consumer,
                record.topic(),
                record.partition(),
                record.offset(),
                envelope == null ? "-" : envelope.id(),
                topic,
                reason,
                error);
        return Outcome.DEAD_LETTERED;
    }

    /** Whether the database takes a query now: if not, a failure says nothing about the event. */
    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    /** Time from the event's creation (its outbox commit, near enough) to its effect here. */
    private void lag(ConsumerRecord<String, String> record, CloudEvent envelope) {
        if (envelope.time().isAfter(Instant.EPOCH)) {
            Timer.builder("deltashare.inbox.lag")
                    .description("from an event's creation to its effect in this consumer")
                    .tags("consumer", consumer, "topic", record.topic())
                    .register(metrics)
                    .record(Duration.between(envelope.time(), clock.instant()));
        }
    }

    private static byte[] bytes(String value) {
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    /** A dead letter that still cannot be read as an event; replaying it cannot help. */
    public static final class ReplayRefusedException extends RuntimeException {

        private final DeadLetterReason reason;

        ReplayRefusedException(DeadLetterReason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public DeadLetterReason reason() {
            return reason;
        }
    }
}
