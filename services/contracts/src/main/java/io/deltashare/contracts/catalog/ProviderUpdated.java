package io.deltashare.contracts.catalog;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** A provider's details changed; carries the full new state. */
@EventType(value = "io.deltashare.instrumentcatalog.ProviderUpdated.v1", topic = Topics.CATALOG_PROVIDERS)
public record ProviderUpdated(ProviderSnapshot provider) implements IntegrationEvent {

    @Override
    public String subject() {
        return provider.id().toString();
    }
}
