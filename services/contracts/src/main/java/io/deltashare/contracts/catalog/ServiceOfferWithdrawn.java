package io.deltashare.contracts.catalog;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** A service offer was withdrawn for good; orders already placed keep their terms. */
@EventType(value = "io.deltashare.instrumentcatalog.ServiceOfferWithdrawn.v1", topic = Topics.CATALOG_SERVICE_OFFERS)
public record ServiceOfferWithdrawn(ServiceOfferSnapshot offer) implements IntegrationEvent {

    @Override
    public String subject() {
        return offer.id().toString();
    }
}
