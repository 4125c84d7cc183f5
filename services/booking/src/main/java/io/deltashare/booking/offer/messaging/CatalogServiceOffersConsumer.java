package io.deltashare.booking.offer.messaging;

import io.deltashare.booking.offer.persistence.ServiceOffers;
import io.deltashare.contracts.catalog.ServiceOfferListed;
import io.deltashare.contracts.catalog.ServiceOfferUpdated;
import io.deltashare.contracts.catalog.ServiceOfferWithdrawn;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the service offer read model in step with the catalog; each snapshot applies once and never goes back. */
@ApplicationScoped
public class CatalogServiceOffersConsumer implements ConsumesEvents {

    private final EventHandlers handlers;

    CatalogServiceOffersConsumer(ServiceOffers offers) {
        this.handlers = EventHandlers.create()
                .on(ServiceOfferListed.class, (event, envelope) -> offers.apply(event.offer()))
                .on(ServiceOfferUpdated.class, (event, envelope) -> offers.apply(event.offer()))
                .on(ServiceOfferWithdrawn.class, (event, envelope) -> offers.apply(event.offer()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
