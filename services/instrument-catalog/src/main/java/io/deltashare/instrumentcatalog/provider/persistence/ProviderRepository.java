package io.deltashare.instrumentcatalog.provider.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Providers by id and by their Keycloak organization. */
@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<ProviderEntity, UUID> {

    public Optional<ProviderEntity> byOrganization(UUID organizationId) {
        return find("organizationId", organizationId).firstResultOptional();
    }
}
