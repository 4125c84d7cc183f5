package io.deltashare.notification.preference.persistence;

import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.platform.persistence.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The kinds of notification each person turned off (table {@code muted_kind}); every other kind is on. */
@ApplicationScoped
public class MutedKinds {

    private final EntityManager entityManager;

    MutedKinds(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The kinds {@code person} turned off. */
    @SuppressWarnings("unchecked")
    public Set<Kind> of(UUID person) {
        List<String> kinds = entityManager
                .createNativeQuery("SELECT kind FROM muted_kind WHERE person = ?1")
                .setParameter(1, person)
                .getResultList();
        Set<Kind> muted = EnumSet.noneOf(Kind.class);
        kinds.forEach(kind -> muted.add(Kind.valueOf(kind)));
        return muted;
    }

    /** The kinds each of {@code people} turned off, for those who turned any off; one query for all of them. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Set<Kind>> of(Collection<UUID> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT person, kind FROM muted_kind WHERE person = ANY(?1)")
                .setParameter(1, people.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, Set<Kind>> muted = new HashMap<>();
        rows.forEach(r -> muted.computeIfAbsent((UUID) r[0], person -> EnumSet.noneOf(Kind.class))
                .add(Kind.valueOf((String) r[1])));
        return muted;
    }

    /** Turns {@code kind} on or off for {@code person}; saying the same twice changes nothing. */
    @Transactional
    public void set(UUID person, Kind kind, boolean on, Instant now) {
        if (on) {
            entityManager
                    .createNativeQuery("DELETE FROM muted_kind WHERE person = ?1 AND kind = ?2")
                    .setParameter(1, person)
                    .setParameter(2, kind.name())
                    .executeUpdate();
        } else {
            entityManager
                    .createNativeQuery("""
                            INSERT INTO muted_kind (person, kind, muted_at) VALUES (?1, ?2, ?3)
                            ON CONFLICT (person, kind) DO NOTHING""")
                    .setParameter(1, person)
                    .setParameter(2, kind.name())
                    .setParameter(3, SqlTimes.utc(now))
                    .executeUpdate();
        }
    }
}
