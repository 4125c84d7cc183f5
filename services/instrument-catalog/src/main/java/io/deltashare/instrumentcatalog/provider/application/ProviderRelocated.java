package io.deltashare.instrumentcatalog.provider.application;

import io.deltashare.instrumentcatalog.provider.domain.Provider;

/**
 * Fired inside the transaction of a provider update that changed its region or city: the provider's instruments
 * carry both in their snapshots and search filters, so they follow in the same transaction.
 */
public record ProviderRelocated(Provider provider) {}
