package io.deltashare.platform.testapp;

import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.money.Money;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Tally events as records on the wire, the way the test application's own outbox would send them, or otherwise. */
public final class TallyEvents {

    public static final String SOURCE = "platform-test";

    private TallyEvents() {}

    /** A tally event for a new tally id; {@code poison} makes its handler fail. */
    public static TallyRegistered aTally(String label, boolean poison) {
        return new TallyRegistered(UUID.randomUUID().toString(), label, Money.parse("1.00"), poison);
    }

    /** The event with its envelope, keyed like the outbox keys it (by {@code key}). */
    public static ProducerRecord<String, String> record(String key, TallyRegistered event, CloudEvent envelope) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(
                    TallyRegistered.TOPIC, key, EventJson.mapper().writeValueAsString(event));
            envelope.writeTo(record.headers());
            return record;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ProducerRecord<String, String> record(TallyRegistered event, CloudEvent envelope) {
        return record(event.subject(), event, envelope);
    }
}
