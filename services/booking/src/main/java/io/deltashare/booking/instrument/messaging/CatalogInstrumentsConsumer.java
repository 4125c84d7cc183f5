package io.deltashare.booking.instrument.messaging;

import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the instrument read model in step with the catalog; each snapshot applies once and never goes back. */
@ApplicationScoped
public class CatalogInstrumentsConsumer implements ConsumesEvents {

    private final EventHandlers handlers;

    CatalogInstrumentsConsumer(InstrumentViews instruments) {
        this.handlers = EventHandlers.create()
                .on(InstrumentListed.class, (event, envelope) -> instruments.apply(event.instrument()))
                .on(InstrumentUpdated.class, (event, envelope) -> instruments.apply(event.instrument()))
                .on(InstrumentWithdrawn.class, (event, envelope) -> instruments.apply(event.instrument()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
