package io.deltashare.settlement.names.persistence;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The names documents print for the ledger's ids (organizations, instruments, service offers), copied from the
 * catalog's and membership's events, and what each booking or order posted is of.
 */
@ApplicationScoped
public class Names {

    /** What kind of thing a name names. */
    public enum Kind {
        ORGANIZATION,
        INSTRUMENT,
        SERVICE_OFFER
    }

    /** A name in both languages, and for an organization its home region (else null). */
    public record Name(String zh, String en, String region) {

        /** {@code 上海分析测试中心 Shanghai Analysis Centre}, or one of them when both are the same. */
        public String bilingual() {
            return zh.equals(en) ? zh : zh + " " + en;
        }
    }

    /** A booking's instrument, or an order's service offer, and its provider's and firm's organizations. */
    public record Reference(UUID id, String kind, UUID listingId, UUID providerOrganization, UUID firmOrganization) {}

    private final EntityManager entityManager;

    Names(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records {@code name} (and {@code region}, for an organization) as what {@code id} is called now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void name(UUID id, Kind kind, LocalizedText name, Region region) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO known_name (id, kind, name_zh, name_en, region) VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                            region = coalesce(excluded.region, known_name.region)""")
                .setParameter(1, id)
                .setParameter(2, kind.name())
                .setParameter(3, clip(name.zh() == null ? name.en() : name.zh()))
                .setParameter(4, clip(name.en() == null ? name.zh() : name.en()))
                .setParameter(5, region == null ? null : region.code())
                .executeUpdate();
    }

    /** Records {@code name} for {@code id} unless it has one: a name an order carries, until the catalog's arrives. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void nameIfUnknown(UUID id, Kind kind, LocalizedText name) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO known_name (id, kind, name_zh, name_en) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter(1, id)
                .setParameter(2, kind.name())
                .setParameter(3, clip(name.zh() == null ? name.en() : name.zh()))
                .setParameter(4, clip(name.en() == null ? name.zh() : name.en()))
                .executeUpdate();
    }

    /** Records what booking or order {@code reference.id()} is of, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reference(Reference reference) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO service_reference
                            (id, kind, listing_id, provider_organization_id, firm_organization_id)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO NOTHING""")
                .setParameter(1, reference.id())
                .setParameter(2, reference.kind())
                .setParameter(3, reference.listingId())
                .setParameter(4, reference.providerOrganization())
                .setParameter(5, reference.firmOrganization())
                .executeUpdate();
    }

    /** The names known of {@code ids}; an id without one is absent. */
    @SuppressWarnings("unchecked") // native rows: id, name_zh, name_en, region
    public Map<UUID, Name> of(Collection<UUID> ids) {
        Map<UUID, Name> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT id, name_zh, name_en, region FROM known_name WHERE id = ANY(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        for (Object[] r : rows) {
            names.put((UUID) r[0], new Name((String) r[1], (String) r[2], (String) r[3]));
        }
        return names;
    }

    /** What a document prints for each of {@code ids}: its name in both languages, or the id when none is known. */
    public Map<UUID, String> labels(Collection<UUID> ids) {
        Map<UUID, Name> known = of(ids);
        Map<UUID, String> labels = new HashMap<>();
        for (UUID id : ids) {
            Name name = known.get(id);
            labels.put(id, name == null ? id.toString() : name.bilingual());
        }
        return labels;
    }

    /** What the bookings and orders {@code ids} are of; one without a record is absent. */
    @SuppressWarnings("unchecked") // native rows: id, kind, listing, provider, firm
    public Map<UUID, Reference> references(Collection<UUID> ids) {
        Map<UUID, Reference> references = new HashMap<>();
        if (ids.isEmpty()) {
            return references;
        }
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT id, kind, listing_id, provider_organization_id, firm_organization_id
                        FROM service_reference WHERE id = ANY(?1)""")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        for (Object[] r : rows) {
            references.put(
                    (UUID) r[0], new Reference((UUID) r[0], (String) r[1], (UUID) r[2], (UUID) r[3], (UUID) r[4]));
        }
        return references;
    }

    private static String clip(String text) {
        String value = text == null ? "" : text;
        return value.length() > 300 ? value.substring(0, 300) : value;
    }
}
