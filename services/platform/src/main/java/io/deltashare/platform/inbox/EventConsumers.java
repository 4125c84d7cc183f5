package io.deltashare.platform.inbox;

import io.deltashare.platform.PlatformConfig;
import io.deltashare.platform.kafka.KafkaClients;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * The service's Kafka consumer: one consumer group named after the service, subscribed to the topics of every
 * {@link ConsumesEvents} bean's handlers, feeding each partition's records of a poll through the {@link InboxConsumer}
 * on a thread of its own.
 *
 * <p>An offset is committed only past records that are settled (applied, duplicate, skipped or dead-lettered), at most
 * every {@code deltashare.inbox.commit-interval} while records flow and always when partitions are revoked or the
 * consumer stops; what a crash leaves uncommitted comes again and the inbox absorbs it. A record
 * that is not settled stops its partition: the consumer seeks back to it, pauses the partition and resumes it after a
 * backoff that doubles up to {@code deltashare.inbox.max-backoff}, while it keeps polling, so the group keeps the
 * partition and other partitions go on. At shutdown it stops before the persistence unit and the datasource close:
 * the record in hand finishes or is left uncommitted, settled offsets are committed, the consumer leaves the group.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);

    /** A partition held back at one record: how often that record failed and when to try it again. */
    public record Waiting(long offset, int failures, Duration backoff, Instant resumeAt, String outcome) {}

    /** What the consumer is doing, for the readiness check. */
    public record Status(
            boolean running,
            Instant lastPoll,
            Set<String> topics,
            int assignedPartitions,
            Map<String, Waiting> waiting) {}

    private final InboxConsumer inbox;
    private final Instance<ConsumesEvents> consumers;
    private final KafkaClients kafka;
    private final PlatformConfig.Inbox config;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final Map<TopicPartition, Waiting> waiting = new ConcurrentHashMap<>();
    private volatile EventHandlers handlers = EventHandlers.create();
    private volatile boolean stopping;
    private volatile KafkaConsumer<String, String> current;
    private volatile Instant lastPoll;
    private volatile int assigned;
    private Thread thread;

    EventConsumers(
            InboxConsumer inbox, @Any Instance<ConsumesEvents> consumers, KafkaClients kafka, PlatformConfig config) {
        this.inbox = inbox;
        this.consumers = consumers;
        this.kafka = kafka;
        this.config = config.inbox();
    }

    void start(@Observes StartupEvent startup) {
        EventHandlers all = EventHandlers.create();
        for (ConsumesEvents bean : consumers) {
            all = all.and(bean.handlers());
        }
        handlers = all;
        Set<String> topics = all.topics();
        if (topics.isEmpty()) {
            stopped.countDown();
            return;
        }
        thread = new Thread(() -> run(topics), "inbox-consumer");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("%s consumes %s", inbox.name(), topics);
    }

    /**
     * Runs before other shutdown observers: nothing may be applied once the persistence unit starts closing, and
     * nothing must be acknowledged that was not applied.
     */
    void stop(@Observes @Priority(10) ShutdownEvent shutdown) {
        stopping = true;
        stopSignal.countDown();
        inbox.stop();
        KafkaConsumer<String, String> consumer = current;
        if (consumer != null) {
            consumer.wakeup();
        }
        try {
            if (!stopped.await(config.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf(
                        "%s's consumer did not stop within %s; what it holds stays uncommitted",
                        inbox.name(), config.stopTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every handler of this service, for replaying dead letters. */
    public EventHandlers handlers() {
        return handlers;
    }

    public Status status() {
        Map<String, Waiting> byPartition = new TreeMap<>();
        waiting.forEach((partition, wait) -> byPartition.put(partition.toString(), wait));
        return new Status(
                thread != null && thread.isAlive() && !stopping, lastPoll, handlers.topics(), assigned, byPartition);
    }

    private void run(Set<String> topics) {
        Duration backoff = config.retryBackoff();
        try {
            while (!stopping) {
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                        kafka.consumerConfig(inbox.name()), new StringDeserializer(), new StringDeserializer())) {
                    current = consumer;
                    try {
                        if (!stopping) {
                            new Loop(consumer).run(topics);
                        }
                    } finally {
                        current = null;
                        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
                    }
                    backoff = config.retryBackoff();
                } catch (WakeupException woken) {
                    // stopping
                } catch (KafkaException | IllegalStateException e) {
                    if (!stopping) {
                        LOG.warnf(
                                "%s's consumer failed, starting over in %d ms: %s",
                                inbox.name(), backoff.toMillis(), e);
                        pause(backoff);
                        backoff = longer(backoff);
                    }
                }
            }
        } finally {
            waiting.clear();
            stopped.countDown();
            LOG.infof("%s's consumer stopped", inbox.name());
        }
    }

    /** One consumer's poll loop; its state lives and dies with that consumer. */
    private final class Loop implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, String> consumer;
        private final Map<TopicPartition, OffsetAndMetadata> settled = new HashMap<>();
        /** When offsets were last committed, on the JVM's monotonic timer (the consumer's own timing). */
        private long lastCommit = System.nanoTime();

        Loop(KafkaConsumer<String, String> consumer) {
            this.consumer = consumer;
        }

        void run(Set<String> topics) {
            consumer.subscribe(topics, this);
            try {
                while (!stopping) {
                    resumeDue();
                    ConsumerRecords<String, String> records = consumer.poll(POLL);
                    // wall time, as the backoffs below: the consumer's own timing, not the business clock
                    lastPoll = Instant.now();
                    for (TopicPartition partition : records.partitions()) {
                        if (stopping) {
                            break;
                        }
                        consume(partition, records);
                    }
                    if (System.nanoTime() - lastCommit
                            >= config.commitInterval().toNanos()) {
                        commit();
                    }
                }
            } catch (WakeupException woken) {
                // stopping: what is settled is committed below
            } finally {
                commit();
            }
        }

        /** Applies the partition's records in order, until one of them holds the partition back. */
        private void consume(TopicPartition partition, ConsumerRecords<String, String> records) {
            List<ConsumerRecord<String, String>> fetched = records.records(partition);
            if (fetched.isEmpty()) {
                return;
            }
            Waiting before = waiting.get(partition);
            int failures = before != null && before.offset() == fetched.get(0).offset() ? before.failures() : 0;
            List<InboxConsumer.Outcome> outcomes = inbox.consume(fetched, handlers, failures);
            InboxConsumer.Outcome last = outcomes.get(outcomes.size() - 1);
            ConsumerRecord<String, String> lastHandled = fetched.get(outcomes.size() - 1);
            if (last.settled()) {
                settled.put(partition, new OffsetAndMetadata(lastHandled.offset() + 1));
                waiting.remove(partition);
                return;
            }
            if (outcomes.size() > 1) {
                settled.put(partition, new OffsetAndMetadata(lastHandled.offset()));
                waiting.remove(partition);
                before = null;
            }
            consumer.seek(partition, lastHandled.offset());
            if (!stopping) {
                holdBack(partition, lastHandled.offset(), before, last);
            }
        }

        private void holdBack(TopicPartition partition, long offset, Waiting before, InboxConsumer.Outcome outcome) {
            boolean same = before != null && before.offset() == offset;
            Duration backoff = same ? longer(before.backoff()) : config.retryBackoff();
            int failures = (same ? before.failures() : 0) + (outcome == InboxConsumer.Outcome.FAILED ? 1 : 0);
            waiting.put(
                    partition,
                    new Waiting(offset, failures, backoff, Instant.now().plus(backoff), outcome.name()));
            consumer.pause(Set.of(partition));
        }

        private void resumeDue() {
            Instant now = Instant.now();
            for (TopicPartition partition : consumer.paused()) {
                Waiting wait = waiting.get(partition);
                if (wait == null || !wait.resumeAt().isAfter(now)) {
                    consumer.resume(Set.of(partition));
                }
            }
        }

        private void commit() {
            if (settled.isEmpty()) {
                return;
            }
            try {
                consumer.commitSync(settled, COMMIT_TIMEOUT);
                settled.clear();
                lastCommit = System.nanoTime();
            } catch (WakeupException woken) {
                // the wake-up was meant for poll; the commit still matters
                commit();
            } catch (CommitFailedException rebalanced) {
                // the partitions have a new owner, which starts from the last commit; the inbox absorbs the repeat
                settled.clear();
            } catch (KafkaException e) {
                LOG.debugf("%s could not commit offsets yet (%s); kept for the next try", inbox.name(), e);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> leaving = new HashMap<>();
            partitions.forEach(partition -> {
                OffsetAndMetadata offset = settled.remove(partition);
                if (offset != null) {
                    leaving.put(partition, offset);
                }
                waiting.remove(partition);
            });
            if (!leaving.isEmpty()) {
                try {
                    consumer.commitSync(leaving, COMMIT_TIMEOUT);
                } catch (KafkaException e) {
                    LOG.debugf(
                            "%s could not commit revoked partitions (%s); their next owner repeats a few records",
                            inbox.name(), e);
                }
            }
            assigned = Math.max(0, assigned - partitions.size());
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(partition -> {
                settled.remove(partition);
                waiting.remove(partition);
            });
            assigned = Math.max(0, assigned - partitions.size());
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assigned += partitions.size();
        }
    }

    private Duration longer(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private void pause(Duration backoff) {
        try {
            stopSignal.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
