package io.deltashare.contracts.catalog;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** An instrument was withdrawn for good; it can no longer be booked. */
@EventType(value = "io.deltashare.instrumentcatalog.InstrumentWithdrawn.v1", topic = Topics.CATALOG_INSTRUMENTS)
public record InstrumentWithdrawn(InstrumentSnapshot instrument) implements IntegrationEvent {

    @Override
    public String subject() {
        return instrument.id().toString();
    }
}
