package io.deltashare.contracts.catalog;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** A live service offer changed: an approved revision, a pause or its return, or its provider moved. */
@EventType(value = "io.deltashare.instrumentcatalog.ServiceOfferUpdated.v1", topic = Topics.CATALOG_SERVICE_OFFERS)
public record ServiceOfferUpdated(ServiceOfferSnapshot offer) implements IntegrationEvent {

    @Override
    public String subject() {
        return offer.id().toString();
    }
}
