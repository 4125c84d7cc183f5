package io.deltashare.platform.testapp;

import io.deltashare.platform.inbox.EventHandlers;
import io.deltashare.platform.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumer side of the platform's test application: counts how often each tally's event took effect. */
@ApplicationScoped
public class TallyProjector {

    private final InboxConsumer inbox;
    private final EntityManager entityManager;
    private final EventHandlers handlers;

    TallyProjector(InboxConsumer inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.handlers = EventHandlers.create().on(TallyRegistered.class, (event, envelope) -> project(event));
    }

    @Incoming("tallies")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }

    private void project(TallyRegistered event) {
        if (event.poison()) {
            throw new IllegalStateException("tally " + event.subject() + " is poison");
        }
        entityManager.createNativeQuery("""
                        INSERT INTO tally_projection (tally_id, label, applied_count) VALUES (?1, ?2, 1)
                        ON CONFLICT (tally_id) DO UPDATE SET applied_count = tally_projection.applied_count + 1""")
                .setParameter(1, UUID.fromString(event.subject())).setParameter(2, event.label()).executeUpdate();
    }
}
