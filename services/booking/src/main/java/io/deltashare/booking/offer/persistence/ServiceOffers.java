package io.deltashare.booking.offer.persistence;

import io.deltashare.booking.instrument.domain.CatalogSnapshots;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceOfferSnapshot;
import io.deltashare.platform.inbox.EventRefusedException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The service offer read model: kept at the newest catalog version seen, whatever order snapshots arrive in. A
 * snapshot that moves an offer to another provider or leaps far ahead is refused, as for instruments.
 */
@ApplicationScoped
public class ServiceOffers implements PanacheRepositoryBase<ServiceOfferView, UUID> {

    public void apply(ServiceOfferSnapshot snapshot) {
        Optional<ServiceOfferView> held = findByIdOptional(snapshot.id());
        CatalogSnapshots.refusal(
                        snapshot.id(),
                        held.map(view -> view.providerId),
                        held.map(view -> view.catalogVersion).orElse(0L),
                        snapshot.providerId(),
                        snapshot.version())
                .ifPresent(reason -> {
                    throw new EventRefusedException(reason);
                });
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO service_offer (id, provider_id, provider_organization_id, provider_region, type, kind,
                                                   category, name_zh, name_en, status, catalog_version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                        ON CONFLICT (id) DO UPDATE SET
                            provider_organization_id = EXCLUDED.provider_organization_id,
                            provider_region = EXCLUDED.provider_region, type = EXCLUDED.type, kind = EXCLUDED.kind,
                            category = EXCLUDED.category, name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
                            status = EXCLUDED.status, catalog_version = EXCLUDED.catalog_version
                        WHERE service_offer.catalog_version < EXCLUDED.catalog_version""")
                .setParameter(1, snapshot.id())
                .setParameter(2, snapshot.providerId())
                .setParameter(3, snapshot.providerOrganizationId())
                .setParameter(4, snapshot.providerRegion().code())
                .setParameter(5, snapshot.type())
                .setParameter(6, snapshot.kind().name())
                .setParameter(7, snapshot.category())
                .setParameter(8, snapshot.name().zh())
                .setParameter(9, snapshot.name().en())
                .setParameter(10, snapshot.status())
                .setParameter(11, snapshot.version())
                .executeUpdate();
    }

    /** The offers of {@code ids} known here, in the order asked. */
    public List<ServiceOfferView> byIds(Collection<UUID> ids) {
        Map<UUID, ServiceOfferView> found = new LinkedHashMap<>();
        ids.forEach(id -> found.put(id, null));
        list("id in ?1", ids).forEach(view -> found.put(view.id, view));
        return found.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The active offers of {@code category} whose providers are in {@code regions}, one per provider (its oldest
     * offer by id), at most {@code limit} providers.
     */
    @SuppressWarnings("unchecked") // service_offer rows
    public List<ServiceOfferView> activeOfOneEachProvider(String category, Collection<Region> regions, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT DISTINCT ON (o.provider_id) o.* FROM service_offer o
                        WHERE o.status = 'ACTIVE' AND o.category = ?1 AND o.provider_region = ANY (?2)
                        ORDER BY o.provider_id, o.id LIMIT ?3""", ServiceOfferView.class)
                .setParameter(1, category)
                .setParameter(2, regions.stream().map(Region::code).toArray(String[]::new))
                .setParameter(3, limit)
                .getResultList();
    }
}
