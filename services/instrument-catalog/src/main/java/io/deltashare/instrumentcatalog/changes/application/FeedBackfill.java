package io.deltashare.instrumentcatalog.changes.application;

import io.deltashare.instrumentcatalog.changes.persistence.ChangeLog;
import io.deltashare.instrumentcatalog.instrument.application.InstrumentService;
import io.deltashare.instrumentcatalog.offer.application.ServiceOfferService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Completes the change feed at startup with the listings it does not know: instruments and offers that went live before
 * the feed existed get a {@code LISTED} change from their current snapshot, so a mirror read from the start holds the
 * whole live catalog. A listing with any change is left alone, so a restart adds nothing; replicas starting together
 * take turns on an advisory lock. It runs after the demo's seed announcer, whose listings reach the feed through their
 * events.
 */
@ApplicationScoped
public class FeedBackfill {

    private static final Logger LOG = Logger.getLogger(FeedBackfill.class);
    private static final int BATCH = 500;

    private final ChangeLog log;
    private final InstrumentService instruments;
    private final ServiceOfferService offers;

    FeedBackfill(ChangeLog log, InstrumentService instruments, ServiceOfferService offers) {
        this.log = log;
        this.instruments = instruments;
        this.offers = offers;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent started) {
        int added = backfill();
        if (added > 0) {
            LOG.infof("added %d listings from before the change feed to it", added);
        }
    }

    /** Adds every live listing the feed knows nothing of, in transactions of {@link #BATCH}; how many. */
    public int backfill() {
        int total = 0;
        int added;
        do {
            added = QuarkusTransaction.requiringNew().call(this::batch);
            total += added;
        } while (added == BATCH);
        return total;
    }

    private int batch() {
        log.lockForBackfill();
        int added = instruments.addMissingToTheFeed(BATCH);
        return added == BATCH ? added : added + offers.addMissingToTheFeed(BATCH - added);
    }
}
