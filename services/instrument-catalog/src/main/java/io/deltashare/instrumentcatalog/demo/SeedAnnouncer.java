package io.deltashare.instrumentcatalog.demo;

import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.instrumentcatalog.instrument.application.InstrumentService;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentEntity;
import io.deltashare.instrumentcatalog.provider.application.ProviderService;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderEntity;
import io.deltashare.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells the other services about providers and instruments that were written into the database directly (the demo
 * seed in {@code db/demo}) and so were never published: at startup, when {@code catalog.seed.announce} is on (the
 * dev and demo profiles), each such row is published as {@code ProviderRegistered} or {@code InstrumentListed}
 * through the outbox. A row counts as published once the outbox holds any event keyed by its id, so a restart
 * announces nothing twice.
 */
@ApplicationScoped
public class SeedAnnouncer {

    private static final Logger LOG = Logger.getLogger(SeedAnnouncer.class);

    private static final String NEVER_PUBLISHED =
            " x WHERE NOT EXISTS (SELECT 1 FROM outbox_message m WHERE m.message_key = x.id::text) ORDER BY x.id";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final InstrumentService instruments;
    private final boolean enabled;

    SeedAnnouncer(EntityManager entityManager, Outbox outbox, InstrumentService instruments,
                  @ConfigProperty(name = "catalog.seed.announce", defaultValue = "false") boolean enabled) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.instruments = instruments;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent started) {
        if (enabled) {
            int announced = announce();
            LOG.infof("announced %d seeded providers and instruments", announced);
        }
    }

    /** Publishes every provider and instrument never published before; returns how many. */
    public int announce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            // one announcer at a time, should two replicas start together
            entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('catalog-seed-announcer'))")
                    .getSingleResult();
            int count = 0;
            for (Object provider : entityManager.createNativeQuery("SELECT x.* FROM provider" + NEVER_PUBLISHED,
                    ProviderEntity.class).getResultList()) {
                outbox.publish(new ProviderRegistered(ProviderService.snapshot((ProviderEntity) provider)));
                count++;
            }
            for (Object instrument : entityManager.createNativeQuery("SELECT x.* FROM instrument" + NEVER_PUBLISHED,
                    InstrumentEntity.class).getResultList()) {
                instruments.announceWritten((InstrumentEntity) instrument);
                count++;
            }
            return count;
        });
    }
}
