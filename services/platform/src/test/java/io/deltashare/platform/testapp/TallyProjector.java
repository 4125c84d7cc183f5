package io.deltashare.platform.testapp;

import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Consumer side of the platform's test application: counts how often each tally's event took effect. A poison tally
 * fails every time until {@link #cure} is called (the bug is fixed and the dead letter can be replayed).
 */
@ApplicationScoped
public class TallyProjector implements ConsumesEvents {

    private final EntityManager entityManager;
    private final EventHandlers handlers;
    private volatile boolean cured;

    TallyProjector(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.handlers = EventHandlers.create().on(TallyRegistered.class, (event, envelope) -> project(event));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    /** From now on poison tallies apply: the bug that made them fail is fixed. */
    public void cure(boolean cured) {
        this.cured = cured;
    }

    private void project(TallyRegistered event) {
        if (event.poison() && !cured) {
            throw new IllegalStateException("tally " + event.subject() + " is poison");
        }
        entityManager
                .createNativeQuery("""
                        INSERT INTO tally_projection (tally_id, label, applied_count) VALUES (?1, ?2, 1)
                        ON CONFLICT (tally_id) DO UPDATE SET applied_count = tally_projection.applied_count + 1""")
                .setParameter(1, UUID.fromString(event.subject()))
                .setParameter(2, event.label())
                .executeUpdate();
    }
}
