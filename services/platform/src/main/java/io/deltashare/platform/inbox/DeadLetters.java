package io.deltashare.platform.inbox;

import io.deltashare.platform.failure.Faults;
import io.deltashare.platform.rest.Cursor;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * What an operator does with dead letters: list and read them, replay one or all into this service's handlers
 * (through the inbox, so an event that took effect meanwhile changes nothing), or discard one with a reason that is
 * kept. A replay that fails leaves the dead letter pending with the new error.
 */
@ApplicationScoped
public class DeadLetters {

    /** What replaying a dead letter came to. */
    public sealed interface Replay {
        UUID id();

        /** It applied now, had applied before, or turned out to need no handler; the dead letter is resolved. */
        record Done(UUID id, InboxConsumer.Outcome outcome, DeadLetter deadLetter) implements Replay {}

        /** It still cannot be read as an event: replaying will never help, discard it. */
        record Unreadable(UUID id, DeadLetterReason reason, String error) implements Replay {}

        /** The handler failed again (or the infrastructure did: {@code transientFault}). */
        record Failed(UUID id, String error, boolean transientFault) implements Replay {}

        /** Someone replayed or discarded it before. */
        record NotPending(UUID id, DeadLetter.Status status) implements Replay {}
    }

    private final DeadLetterStore store;
    private final InboxConsumer inbox;
    private final EventConsumers consumers;
    private final MeterRegistry metrics;
    private final Clock clock;

    DeadLetters(
            DeadLetterStore store, InboxConsumer inbox, EventConsumers consumers, MeterRegistry metrics, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.inbox = inbox;
        this.consumers = consumers;
        this.metrics = metrics;
    }

    void registerBacklog(@Observes StartupEvent startup) {
        Gauge.builder("deltashare.dlq.backlog", this, DeadLetters::backlog)
                .description("dead letters waiting for an operator (neither replayed nor discarded)")
                .tag("consumer", inbox.name())
                .register(metrics);
    }

    /** The consumer whose dead letters these are: this service. */
    public String consumer() {
        return inbox.name();
    }

    public List<DeadLetter> page(DeadLetter.Status status, String topic, Cursor after, int limit) throws SQLException {
        return store.page(inbox.name(), status, topic, after, limit);
    }

    public Optional<DeadLetter> find(UUID id) throws SQLException {
        return store.find(inbox.name(), id);
    }

    public Replay replay(DeadLetter deadLetter, String by) throws SQLException {
        UUID id = deadLetter.id();
        if (deadLetter.status() != DeadLetter.Status.PENDING) {
            return new Replay.NotPending(id, deadLetter.status());
        }
        InboxConsumer.Outcome outcome;
        try {
            outcome = inbox.replay(record(deadLetter), consumers.handlers());
        } catch (InboxConsumer.ReplayRefusedException unreadable) {
            store.replayFailed(id, unreadable.reason() + ": " + unreadable.getMessage());
            return new Replay.Unreadable(id, unreadable.reason(), unreadable.getMessage());
        } catch (RuntimeException failure) {
            boolean passing = Faults.isTransient(failure);
            if (!passing) {
                store.replayFailed(id, String.valueOf(failure));
            }
            return new Replay.Failed(id, String.valueOf(failure), passing);
        }
        String resolution = switch (outcome) {
            case APPLIED -> "replayed: applied";
            case DUPLICATE -> "replayed: it had taken effect before";
            default -> "replayed: no handler of this service takes it";
        };
        store.resolve(id, DeadLetter.Status.REPLAYED, by, resolution, clock.instant());
        return new Replay.Done(id, outcome, find(id).orElseThrow());
    }

    /** Replays up to {@code limit} pending dead letters, optionally of one topic, each partition in offset order. */
    public List<Replay> replayAll(String topic, int limit, String by) throws SQLException {
        List<Replay> replays = new ArrayList<>();
        for (UUID id : store.pending(inbox.name(), topic, limit)) {
            Optional<DeadLetter> deadLetter = find(id);
            if (deadLetter.isPresent()) {
                replays.add(replay(deadLetter.get(), by));
            }
        }
        return replays;
    }

    /** Discards a pending dead letter for good; empty when it was no longer pending. */
    public Optional<DeadLetter> discard(DeadLetter deadLetter, String reason, String by) throws SQLException {
        if (!store.resolve(deadLetter.id(), DeadLetter.Status.DISCARDED, by, "discarded: " + reason, clock.instant())) {
            return Optional.empty();
        }
        return find(deadLetter.id());
    }

    private double backlog() {
        try {
            return store.pendingCount(inbox.name());
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    /** The dead letter as the record it was when consumed. */
    static ConsumerRecord<String, String> record(DeadLetter deadLetter) {
        RecordHeaders headers = new RecordHeaders();
        deadLetter.headers().forEach(header -> headers.add(header.key(), header.value()));
        String key =
                deadLetter.key() == null ? null : new String(deadLetter.key(), java.nio.charset.StandardCharsets.UTF_8);
        String value = deadLetter.payload() == null
                ? null
                : new String(deadLetter.payload(), java.nio.charset.StandardCharsets.UTF_8);
        return new ConsumerRecord<>(
                deadLetter.topic(),
                deadLetter.partition(),
                deadLetter.offset(),
                ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE,
                ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE,
                key,
                value,
                headers,
                Optional.empty());
    }
}
