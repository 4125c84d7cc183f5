package io.deltashare.notification.delivery.persistence;

import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.notification.notice.domain.MailLocale;
import io.deltashare.platform.persistence.SqlTimes;
import io.deltashare.platform.rest.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The e-mails notices became, one per notice and person: the outbox the dispatcher sends from, and the delivery log. */
@ApplicationScoped
public class Mails {

    /** Where an e-mail stands. */
    public enum Status {
        /** Not sent yet: due at {@code nextAttemptAt}. */
        PENDING,
        /** The mail server took it. */
        SENT,
        /** Given up after the most attempts; {@code lastError} says why. */
        FAILED
    }

    /** One e-mail as the log shows it. */
    public record Mail(
            UUID id,
            UUID noticeId,
            UUID eventId,
            Kind kind,
            UUID recipient,
            String address,
            MailLocale locale,
            Status status,
            String subject,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant createdAt,
            Instant sentAt) {}

    private static final String COLUMNS = """
            id, notice_id, event_id, kind, recipient, address, locale, status, subject, attempts, next_attempt_at,
            last_error, created_at, sent_at""";

    private final EntityManager entityManager;

    Mails(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The e-mail of a notice to one person, to be written. */
    public record Addressed(
            UUID noticeId, UUID eventId, Kind kind, UUID recipient, String address, MailLocale locale) {}

    /**
     * Writes {@code addressed}, due now, in one statement; a person who has the e-mail of an event and kind already
     * (the event told them) is left out. Returns how many e-mails are new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int add(List<Addressed> addressed, Instant now) {
        if (addressed.isEmpty()) {
            return 0;
        }
        return entityManager
                .createNativeQuery("""
                        INSERT INTO mail (id, notice_id, event_id, kind, recipient, address, locale, status,
                            next_attempt_at, created_at)
                        SELECT gen_random_uuid(), a.notice_id, a.event_id, a.kind, a.recipient, a.address, a.locale,
                            'PENDING', ?7, ?7
                        FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS uuid[]), CAST(?3 AS text[]), CAST(?4 AS uuid[]),
                            CAST(?5 AS text[]), CAST(?6 AS text[]))
                            AS a (notice_id, event_id, kind, recipient, address, locale)
                        ON CONFLICT (event_id, kind, recipient) DO NOTHING""")
                .setParameter(1, addressed.stream().map(Addressed::noticeId).toArray(UUID[]::new))
                .setParameter(2, addressed.stream().map(Addressed::eventId).toArray(UUID[]::new))
                .setParameter(3, addressed.stream().map(a -> a.kind().name()).toArray(String[]::new))
                .setParameter(4, addressed.stream().map(Addressed::recipient).toArray(UUID[]::new))
                .setParameter(5, addressed.stream().map(Addressed::address).toArray(String[]::new))
                .setParameter(6, addressed.stream().map(a -> a.locale().code()).toArray(String[]::new))
                .setParameter(7, SqlTimes.utc(now))
                .executeUpdate();
    }

    /**
     * Up to {@code limit} e-mails due at {@code now}, soonest first, locked until this transaction ends: another
     * dispatcher (a replica) skips them meanwhile, and finds them sent afterwards.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Mail> lockDue(Instant now, int limit) {
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT " + COLUMNS + """
                         FROM mail WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, SqlTimes.utc(now))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(Mails::mail).toList();
    }

    /** An e-mail the mail server took, with the subject it went out with. */
    public record Sent(UUID id, String subject) {}

    /** The mail server took these e-mails; one statement for all of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(List<Sent> sent, Instant now) {
        if (sent.isEmpty()) {
            return;
        }
        entityManager
                .createNativeQuery("""
                        UPDATE mail SET status = 'SENT', subject = s.subject, attempts = attempts + 1, sent_at = ?3,
                            last_error = NULL
                        FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS text[])) AS s (id, subject)
                        WHERE mail.id = s.id""")
                .setParameter(1, sent.stream().map(Sent::id).toArray(UUID[]::new))
                .setParameter(2, sent.stream().map(Sent::subject).toArray(String[]::new))
                .setParameter(3, SqlTimes.utc(now))
                .executeUpdate();
    }

    /** Sending failed: try again at {@code retryAt}, or never ({@code retryAt} null: given up). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(UUID id, String subject, String error, Instant retryAt) {
        entityManager
                .createNativeQuery("""
                        UPDATE mail SET attempts = attempts + 1, subject = ?1, last_error = ?2,
                            status = CASE WHEN CAST(?3 AS timestamptz) IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                            next_attempt_at = coalesce(CAST(?3 AS timestamptz), next_attempt_at)
                        WHERE id = ?4""")
                .setParameter(1, subject)
                .setParameter(2, error)
                .setParameter(3, retryAt == null ? null : SqlTimes.utc(retryAt))
                .setParameter(4, id)
                .executeUpdate();
    }

    /**
     * The delivery log, newest first, after {@code after}: of one recipient, or everyone's when {@code recipient} is
     * null; of one status and kind when given.
     */
    @SuppressWarnings("unchecked")
    public List<Mail> page(UUID recipient, Status status, Kind kind, UUID eventId, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM mail WHERE true");
        if (recipient != null) {
            sql.append(" AND recipient = :recipient");
        }
        if (status != null) {
            sql.append(" AND status = :status");
        }
        if (kind != null) {
            sql.append(" AND kind = :kind");
        }
        if (eventId != null) {
            sql.append(" AND event_id = :event");
        }
        if (after != null) {
            sql.append(" AND (created_at, id) < (:afterAt, :afterId)");
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
        var query = entityManager.createNativeQuery(sql.toString()).setParameter("limit", limit);
        if (recipient != null) {
            query.setParameter("recipient", recipient);
        }
        if (status != null) {
            query.setParameter("status", status.name());
        }
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        if (eventId != null) {
            query.setParameter("event", eventId);
        }
        if (after != null) {
            query.setParameter("afterAt", SqlTimes.utc(after.at())).setParameter("afterId", after.id());
        }
        return ((List<Object[]>) query.getResultList())
                .stream().map(Mails::mail).toList();
    }

    /** One e-mail of the log. */
    @SuppressWarnings("unchecked")
    public Optional<Mail> find(UUID id) {
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT " + COLUMNS + " FROM mail WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(Mails::mail);
    }

    private static Mail mail(Object[] r) {
        return new Mail(
                (UUID) r[0],
                (UUID) r[1],
                (UUID) r[2],
                Kind.valueOf((String) r[3]),
                (UUID) r[4],
                (String) r[5],
                MailLocale.valueOf(((String) r[6]).toUpperCase(java.util.Locale.ROOT)),
                Status.valueOf((String) r[7]),
                (String) r[8],
                ((Number) r[9]).intValue(),
                SqlTimes.instant(r[10]),
                (String) r[11],
                SqlTimes.instant(r[12]),
                r[13] == null ? null : SqlTimes.instant(r[13]));
    }
}
