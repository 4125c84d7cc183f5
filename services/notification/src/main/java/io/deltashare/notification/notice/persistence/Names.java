package io.deltashare.notification.notice.persistence;

import io.deltashare.contracts.catalog.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What organizations, instruments and services are called (table {@code known_name}), from others' events. */
@ApplicationScoped
public class Names {

    private static final int LONGEST = 300;

    private final EntityManager entityManager;

    Names(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records {@code name} as what {@code id} is called now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void name(UUID id, LocalizedText name) {
        String zh = name.zh() == null || name.zh().isBlank() ? name.en() : name.zh();
        String en = name.en() == null || name.en().isBlank() ? zh : name.en();
        entityManager
                .createNativeQuery("""
                        INSERT INTO known_name (id, name_zh, name_en) VALUES (?1, ?2, ?3)
                        ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en""")
                .setParameter(1, id)
                .setParameter(2, clip(zh))
                .setParameter(3, clip(en))
                .executeUpdate();
    }

    /** What those of {@code ids} whose name arrived are called; one query for all of them. */
    @SuppressWarnings("unchecked")
    public Map<UUID, LocalizedText> of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT id, name_zh, name_en FROM known_name WHERE id = ANY(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, LocalizedText> names = new HashMap<>();
        rows.forEach(r -> names.put((UUID) r[0], new LocalizedText((String) r[1], (String) r[2])));
        return names;
    }

    private static String clip(String name) {
        return name.length() <= LONGEST ? name : name.substring(0, LONGEST);
    }
}
