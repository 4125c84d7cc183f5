package io.deltashare.contracts.catalog;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** An instrument changed (details, prices, hours or status); carries the full new state. */
@EventType(value = "io.deltashare.instrumentcatalog.InstrumentUpdated.v1", topic = Topics.CATALOG_INSTRUMENTS)
public record InstrumentUpdated(InstrumentSnapshot instrument) implements IntegrationEvent {

    @Override
    public String subject() {
        return instrument.id().toString();
    }
}
