package io.deltashare.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.platform.testapp.Db;
import io.deltashare.platform.testapp.KafkaTopics;
import io.deltashare.platform.testapp.TallyEvents;
import io.deltashare.platform.testapp.TallyRegistered;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The records of one poll share a transaction: a burst commits in a few transactions, not one per event, and still
 * takes effect once per event; a record that fails in a burst is found and treated as if it had come alone.
 */
@QuarkusTest
class BatchedDeliveryTest {

    private static final int BURST = 60;

    @Inject
    Db db;

    @Test
    void aBurstOfEventsCommitsInAFewTransactionsAndEveryEventTakesEffectOnce() {
        String key = UUID.randomUUID().toString();
        List<TallyRegistered> tallies = new ArrayList<>();
        List<UUID> eventIds = new ArrayList<>();
        List<ProducerRecord<String, String>> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            TallyRegistered tally = TallyEvents.aTally("burst " + i, false);
            CloudEvent envelope = CloudEvent.of(TallyEvents.SOURCE, tally);
            tallies.add(tally);
            eventIds.add(envelope.id());
            burst.add(TallyEvents.record(key, tally, envelope));
            if (i % 10 == 3) {
                // redelivered within the same burst: the second copy finds the first's inbox row
                burst.add(TallyEvents.record(key, tally, envelope));
            }
        }
        KafkaTopics.sendTogether(burst);

        awaitApplied(tallies);
        for (TallyRegistered tally : tallies) {
            assertThat(appliedCount(tally)).as(tally.label()).isEqualTo(1);
        }
        assertThat(inboxRows(eventIds)).isEqualTo(BURST);
        assertThat(db.count(
                        "SELECT count(DISTINCT xmin::text) FROM inbox_message WHERE event_id = ANY (?::uuid[])",
                        ids(eventIds)))
                .as("transactions that applied %d events", BURST)
                .isBetween(1L, 3L);
    }

    @Test
    void aFailingEventInABurstIsDeadLetteredAndEveryOtherEventOfTheBurstTakesEffectOnce() {
        String key = UUID.randomUUID().toString();
        List<TallyRegistered> good = new ArrayList<>();
        List<UUID> goodIds = new ArrayList<>();
        List<ProducerRecord<String, String>> burst = new ArrayList<>();
        TallyRegistered poison = TallyEvents.aTally("poison in a burst", true);
        CloudEvent poisonEnvelope = CloudEvent.of(TallyEvents.SOURCE, poison);
        TallyRegistered forged = TallyEvents.aTally("forged in a burst", false);
        CloudEvent forgedEnvelope = CloudEvent.of("booking", forged);
        for (int i = 0; i < 30; i++) {
            if (i == 10) {
                burst.add(TallyEvents.record(key, poison, poisonEnvelope));
            } else if (i == 20) {
                burst.add(TallyEvents.record(key, forged, forgedEnvelope));
            } else {
                TallyRegistered tally = TallyEvents.aTally("around poison " + i, false);
                CloudEvent envelope = CloudEvent.of(TallyEvents.SOURCE, tally);
                good.add(tally);
                goodIds.add(envelope.id());
                burst.add(TallyEvents.record(key, tally, envelope));
            }
        }
        KafkaTopics.sendTogether(burst);

        awaitApplied(good);
        for (TallyRegistered tally : good) {
            assertThat(appliedCount(tally)).as(tally.label()).isEqualTo(1);
        }
        assertThat(inboxRows(goodIds)).isEqualTo(good.size());
        assertThat(db.count(
                        "SELECT count(*) FROM dead_letter WHERE event_id = ? AND reason = 'HANDLER_FAILED' AND attempts = 3",
                        poisonEnvelope.id()))
                .as("the poison is counted against itself alone, three times")
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM dead_letter WHERE event_id = ? AND reason = 'WRONG_SOURCE'",
                        forgedEnvelope.id()))
                .isEqualTo(1);
        assertThat(inboxRows(List.of(poisonEnvelope.id(), forgedEnvelope.id()))).isZero();
        assertThat(appliedCount(poison) + appliedCount(forged)).isZero();
    }

    private void awaitApplied(List<TallyRegistered> tallies) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> db.count("SELECT count(*) FROM tally_projection WHERE tally_id = ANY (?::uuid[])", (Object)
                                tallies.stream().map(TallyRegistered::subject).toArray(String[]::new))
                        == tallies.size());
    }

    private long appliedCount(TallyRegistered tally) {
        return db.count(
                "SELECT coalesce(sum(applied_count), 0) FROM tally_projection WHERE tally_id = ?",
                UUID.fromString(tally.subject()));
    }

    private long inboxRows(List<UUID> eventIds) {
        return db.count("SELECT count(*) FROM inbox_message WHERE event_id = ANY (?::uuid[])", ids(eventIds));
    }

    /** Ids as a parameter PostgreSQL reads as {@code uuid[]}. */
    private static Object ids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
