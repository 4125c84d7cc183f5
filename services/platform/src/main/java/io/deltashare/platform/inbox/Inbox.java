package io.deltashare.platform.inbox;

import io.deltashare.contracts.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers which events a consumer has applied, in the same transaction as the change they caused. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records that {@code consumer} applies {@code event} now.
     *
     * @return false when it was applied before (a redelivery), in which case the caller changes nothing
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstDelivery(String consumer, String topic, CloudEvent event) {
        int inserted = entityManager
                .createNativeQuery("""
                        INSERT INTO inbox_message (consumer, event_id, type, topic, processed_at)
                        VALUES (?1, ?2, ?3, ?4, now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, topic)
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * Ends one event's part of a transaction that applies several: its changes go to the database, and the next
     * event's handler reads them there, as it would in a transaction of its own, not from entities this one loaded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endOfEvent() {
        entityManager.flush();
        entityManager.clear();
    }
}
