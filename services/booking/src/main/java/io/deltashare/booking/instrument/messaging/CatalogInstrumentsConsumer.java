package io.deltashare.booking.instrument.messaging;

import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.platform.inbox.EventHandlers;
import io.deltashare.platform.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the instrument read model in step with the catalog; each snapshot applies once and never goes back. */
@ApplicationScoped
public class CatalogInstrumentsConsumer {

    private final InboxConsumer inbox;
    private final EventHandlers handlers;

    CatalogInstrumentsConsumer(InboxConsumer inbox, InstrumentViews instruments) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(InstrumentListed.class, (event, envelope) -> instruments.apply(event.instrument()))
                .on(InstrumentUpdated.class, (event, envelope) -> instruments.apply(event.instrument()))
                .on(InstrumentWithdrawn.class, (event, envelope) -> instruments.apply(event.instrument()));
    }

    @Incoming("catalog-instruments")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }
}
