package io.deltashare.contracts.catalog;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** A provider joined the platform. */
@EventType(value = "io.deltashare.instrumentcatalog.ProviderRegistered.v1", topic = Topics.CATALOG_PROVIDERS)
public record ProviderRegistered(ProviderSnapshot provider) implements IntegrationEvent {

    @Override
    public String subject() {
        return provider.id().toString();
    }
}
