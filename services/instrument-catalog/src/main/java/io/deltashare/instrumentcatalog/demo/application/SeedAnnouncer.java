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
    private static final int BATCH = 500;

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

    /**
     * Publishes every provider and instrument never published before, providers first; returns how many. In
     * transactions of {@link #BATCH} rows: a persistence context holding tens of thousands of rows (the simulated
     * year's 40,000 instruments) makes every query's flush check all of them, and one transaction would not end.
     */
    public int announce() {
        int total = 0;
        int announced;
        do {
            announced = QuarkusTransaction.requiringNew().call(this::announceBatch);
            total += announced;
        } while (announced == BATCH);
        return total;
    }

    private int announceBatch() {
        lock.take();
        int count = 0;
        for (Provider provider : providers.neverPublished(BATCH)) {
            outbox.publish(new ProviderRegistered(ProviderView.snapshot(provider)));
            count++;
        }
        if (count == BATCH) {
            return count; // the instruments' turn comes in the next batch
        }
        for (Instrument instrument : instrumentRows.neverPublished(BATCH - count)) {
            instruments.announceWritten(instrument);
            count++;
        }
        return count;
    }
}
