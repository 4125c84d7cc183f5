package io.deltashare.contracts.catalog;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** A provider's service offer was approved and is live in the catalog. */
@EventType(value = "io.deltashare.instrumentcatalog.ServiceOfferListed.v1", topic = Topics.CATALOG_SERVICE_OFFERS)
public record ServiceOfferListed(ServiceOfferSnapshot offer) implements IntegrationEvent {

    @Override
    public String subject() {
        return offer.id().toString();
    }
}
