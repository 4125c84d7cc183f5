package io.deltashare.instrumentcatalog.provider.persistence;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.instrumentcatalog.provider.domain.Accreditation;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.provider.domain.ProviderType;
import io.deltashare.platform.persistence.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Providers, loaded and saved as {@link Provider}s, by id and by their Keycloak organization. */
@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<ProviderEntity, UUID> {

    public Optional<Provider> find(UUID id) {
        return findByIdOptional(id).map(ProviderRepository::toProvider);
    }

    /** The providers of {@code ids} that exist, by id. */
    public java.util.Map<UUID, Provider> byIds(java.util.Collection<UUID> ids) {
        return list("id in ?1", ids).stream()
                .map(ProviderRepository::toProvider)
                .collect(Collectors.toMap(Provider::id, p -> p));
    }

    public boolean existsForOrganization(UUID organizationId) {
        return count("organizationId", organizationId) > 0;
    }

    /** Stores a new provider; returns it with its stored version. */
    public Provider add(Provider provider) {
        ProviderEntity row = new ProviderEntity();
        row.id = provider.id();
        row.organizationId = provider.organizationId();
        update(row, provider.profile());
        persistAndFlush(row);
        return toProvider(row);
    }

    /** Stores a revision of a provider loaded in this transaction; returns it with its new version. */
    public Provider save(Provider provider) {
        ProviderEntity row = findById(provider.id());
        update(row, provider.profile());
        flush();
        return toProvider(row);
    }

    /** Providers in id order after {@code after}, at most {@code limit}, of a region and an organization if given. */
    public List<Provider> list(Region region, UUID organization, UUID after, int limit) {
        return Where.all()
                .and("region = :region", "region", region == null ? null : region.code())
                .and("organizationId = :organization", "organization", organization)
                .byId(this, after, limit)
                .stream()
                .map(ProviderRepository::toProvider)
                .toList();
    }

    /** Providers written straight into the table (the demo seed) that no event has announced yet, in id order, the first {@code limit}. */
    @SuppressWarnings("unchecked") // provider rows
    public List<Provider> neverPublished(int limit) {
        return ((List<ProviderEntity>) getEntityManager()
                        .createNativeQuery(
                                "SELECT x.* FROM provider x WHERE NOT "
                                        + "EXISTS (SELECT 1 FROM outbox_message m WHERE m.message_key = x.id::text) ORDER BY x.id",
                                ProviderEntity.class)
                        .setMaxResults(limit)
                        .getResultList())
                .stream().map(ProviderRepository::toProvider).toList();
    }

    private static void update(ProviderEntity row, Provider.Profile profile) {
        row.nameZh = profile.name().zh();
        row.nameEn = profile.name().en();
        row.region = profile.region().code();
        row.city = profile.city();
        row.type = profile.type().name();
        row.accreditations =
                profile.accreditations().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        row.contactEmail = profile.contactEmail();
        row.contactPhone = profile.contactPhone();
    }

    private static Provider toProvider(ProviderEntity row) {
        EnumSet<Accreditation> accreditations = EnumSet.noneOf(Accreditation.class);
        if (!row.accreditations.isEmpty()) {
            Arrays.stream(row.accreditations.split(","))
                    .map(Accreditation::valueOf)
                    .forEach(accreditations::add);
        }
        return new Provider(
                row.id,
                row.organizationId,
                new Provider.Profile(
                        new LocalizedText(row.nameZh, row.nameEn),
                        Region.ofCode(row.region),
                        row.city,
                        ProviderType.valueOf(row.type),
                        accreditations,
                        row.contactEmail,
                        row.contactPhone),
                row.version);
    }
}
