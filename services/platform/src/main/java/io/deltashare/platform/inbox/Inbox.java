package io.deltashare.platform.inbox;

import io.deltashare.contracts.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

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
     * Records that {@code consumer} applies {@code events} (all of {@code topic}) now, in one statement.
     *
     * @return the ids of those not applied before; each of the others is a redelivery, and changes nothing
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> recordFirstDeliveries(String consumer, String topic, List<CloudEvent> events) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO inbox_message (consumer, event_id, type, topic, processed_at)
                    SELECT ?, event.id, event.type, ?, now() FROM unnest(?, ?) AS event (id, type)
                    ON CONFLICT DO NOTHING RETURNING event_id""")) {
                insert.setString(1, consumer);
                insert.setString(2, topic);
                insert.setArray(
                        3,
                        connection.createArrayOf(
                                "uuid", events.stream().map(CloudEvent::id).toArray()));
                insert.setArray(
                        4,
                        connection.createArrayOf(
                                "text", events.stream().map(CloudEvent::type).toArray()));
                Set<UUID> first = new HashSet<>();
                try (ResultSet inserted = insert.executeQuery()) {
                    while (inserted.next()) {
                        first.add(inserted.getObject(1, UUID.class));
                    }
                }
                return first;
            }
        });
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
