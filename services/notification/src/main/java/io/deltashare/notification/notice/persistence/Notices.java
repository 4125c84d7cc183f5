package io.deltashare.notification.notice.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.notification.notice.domain.Audience;
import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.notification.notice.domain.Notice;
import io.deltashare.platform.persistence.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The notices waiting to be addressed, and those already turned into e-mails (table {@code notice}). */
@ApplicationScoped
public class Notices {

    /** A notice as stored, with its id. */
    public record Stored(UUID id, Notice notice, Instant createdAt, int attempts) {}

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {};

    private final EntityManager entityManager;
    private final ObjectMapper json;

    Notices(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * Records {@code notice}, to be addressed from {@code addressFrom} on; a notice of the same event and kind already
     * there is kept as it is. Returns whether it is new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean add(Notice notice, Instant now, Instant addressFrom) {
        Audience audience = notice.audience();
        return entityManager
                        .createNativeQuery("""
                                INSERT INTO notice (id, event_id, kind, audience_role, audience_org, audience_region,
                                    audience_locality, facts, created_at, next_attempt_at)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), ?9, ?10)
                                ON CONFLICT (event_id, kind) DO NOTHING""")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, notice.eventId())
                        .setParameter(3, notice.kind().name())
                        .setParameter(4, audience.role())
                        .setParameter(5, audience.organization())
                        .setParameter(6, audience.region())
                        .setParameter(7, audience.locality())
                        .setParameter(8, write(notice.facts()))
                        .setParameter(9, SqlTimes.utc(now))
                        .setParameter(10, SqlTimes.utc(addressFrom))
                        .executeUpdate()
                == 1;
    }

    /**
     * Adds {@code facts} to the notices of {@code kind} about {@code subject} (their {@code subjectFact}) that are not
     * addressed yet, and makes them due now: what a later event knows that the e-mail should say.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int complete(Kind kind, String subjectFact, String subject, Map<String, String> facts, Instant now) {
        return entityManager
                .createNativeQuery("""
                        UPDATE notice SET facts = facts || CAST(?1 AS jsonb), next_attempt_at = ?2
                        WHERE kind = ?3 AND facts ->> ?4 = ?5 AND addressed_at IS NULL""")
                .setParameter(1, write(facts))
                .setParameter(2, SqlTimes.utc(now))
                .setParameter(3, kind.name())
                .setParameter(4, subjectFact)
                .setParameter(5, subject)
                .executeUpdate();
    }

    /** Up to {@code limit} notices due to be addressed at {@code now}, locked for this transaction (others skip them). */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Stored> lockDue(Instant now, int limit) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT id, event_id, kind, audience_org, audience_role, audience_region, audience_locality,
                            CAST(facts AS text), created_at, attempts
                        FROM notice WHERE addressed_at IS NULL AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, SqlTimes.utc(now))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Stored(
                        (UUID) r[0],
                        new Notice(
                                (UUID) r[1],
                                Kind.valueOf((String) r[2]),
                                new Audience((UUID) r[3], (String) r[4], (String) r[5], (String) r[6]),
                                read((String) r[7])),
                        SqlTimes.instant(r[8]),
                        ((Number) r[9]).intValue()))
                .toList();
    }

    /** The e-mails of the notices {@code ids} are written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addressed(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager
                .createNativeQuery("UPDATE notice SET addressed_at = ?1, last_error = NULL WHERE id = ANY(?2)")
                .setParameter(1, SqlTimes.utc(now))
                .setParameter(2, ids.toArray(UUID[]::new))
                .executeUpdate();
    }

    /** Finding the notice's recipients failed; try again at {@code retryAt}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notAddressed(UUID id, String error, Instant retryAt) {
        entityManager
                .createNativeQuery("""
                        UPDATE notice SET attempts = attempts + 1, last_error = ?1, next_attempt_at = ?2
                        WHERE id = ?3""")
                .setParameter(1, error)
                .setParameter(2, SqlTimes.utc(retryAt))
                .setParameter(3, id)
                .executeUpdate();
    }

    /** The facts of the notices {@code ids}, for rendering their e-mails; one query for all of them. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<String, String>> facts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT id, CAST(facts AS text) FROM notice WHERE id = ANY(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, Map<String, String>> facts = new HashMap<>();
        rows.forEach(r -> facts.put((UUID) r[0], read((String) r[1])));
        return facts;
    }

    private String write(Map<String, String> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("facts that are not JSON: " + facts, e);
        }
    }

    private Map<String, String> read(String facts) {
        try {
            return json.readValue(facts, FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice's facts are not a JSON object of strings", e);
        }
    }
}
