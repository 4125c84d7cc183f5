package io.deltashare.instrumentcatalog.demo.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** One announcer of seeded rows at a time, should two replicas start together. */
@ApplicationScoped
public class SeedLock {

    private final EntityManager entityManager;

    SeedLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Takes the announcer's lock for the rest of the transaction, waiting for another replica's. */
    public void take() {
        entityManager
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('catalog-seed-announcer'))")
                .getSingleResult();
    }
}
