package io.deltashare.instrumentcatalog.demo.application;

import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.instrumentcatalog.demo.persistence.SeedLock;
import io.deltashare.instrumentcatalog.instrument.application.InstrumentService;
import io.deltashare.instrumentcatalog.instrument.domain.Instrument;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentRepository;
import io.deltashare.instrumentcatalog.provider.application.ProviderView;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderRepository;
import io.deltashare.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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

    private final SeedLock lock;
    private final ProviderRepository providers;
    private final InstrumentRepository instrumentRows;
    private final Outbox outbox;
    private final InstrumentService instruments;
    private final boolean enabled;

    SeedAnnouncer(
            SeedLock lock,
            ProviderRepository providers,
            InstrumentRepository instrumentRows,
            Outbox outbox,
            InstrumentService instruments,
            @ConfigProperty(name = "catalog.seed.announce", defaultValue = "false") boolean enabled) {
        this.lock = lock;
        this.providers = providers;
        this.instrumentRows = instrumentRows;
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
            lock.take();
            int count = 0;
            for (Provider provider : providers.neverPublished()) {
                outbox.publish(new ProviderRegistered(ProviderView.snapshot(provider)));
                count++;
            }
            for (Instrument instrument : instrumentRows.neverPublished()) {
                instruments.announceWritten(instrument);
                count++;
            }
            return count;
        });
    }
}
