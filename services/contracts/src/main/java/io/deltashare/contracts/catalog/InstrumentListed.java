package io.deltashare.contracts.catalog;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** An instrument was listed by its provider. */
@EventType(value = "io.deltashare.instrumentcatalog.InstrumentListed.v1", topic = Topics.CATALOG_INSTRUMENTS)
public record InstrumentListed(InstrumentSnapshot instrument) implements IntegrationEvent {

    @Override
    public String subject() {
        return instrument.id().toString();
    }
}
