package io.deltashare.booking.rating.persistence;

import static io.deltashare.platform.persistence.SqlTimes.instant;
import static io.deltashare.platform.persistence.SqlTimes.utc;

import io.deltashare.booking.rating.domain.Rating;
import io.deltashare.contracts.catalog.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Ratings, loaded and saved as {@link Rating}s; one per booking or order (a unique index). */
@ApplicationScoped
public class Ratings {

    private static final String COLUMNS = "id, subject, subject_id, firm_organization_id, firm_region, provider_id,"
            + " provider_organization_id, instrument_id, service_offer_id, quality, timeliness, service, comment,"
            + " reply, replied_at, rated_at, editable_until, version";

    private final EntityManager entityManager;

    Ratings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores a new rating; false when the subject has one already (the unique index decides, also under a race). */
    public boolean add(Rating r) {
        Rating.Subject s = r.subject();
        return entityManager
                        .createNativeQuery("INSERT INTO rating (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                                + " ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 0)"
                                + " ON CONFLICT (subject, subject_id) DO NOTHING")
                        .setParameter(1, r.id())
                        .setParameter(2, s.kind())
                        .setParameter(3, s.id())
                        .setParameter(4, s.firmOrganizationId())
                        .setParameter(5, s.firmRegion().code())
                        .setParameter(6, s.providerId())
                        .setParameter(7, s.providerOrganizationId())
                        .setParameter(8, s.instrumentId())
                        .setParameter(9, s.serviceOfferId())
                        .setParameter(10, r.scores().quality())
                        .setParameter(11, r.scores().timeliness())
                        .setParameter(12, r.scores().service())
                        .setParameter(13, r.comment())
                        .setParameter(14, r.reply())
                        .setParameter(15, utc(r.repliedAt()))
                        .setParameter(16, utc(r.ratedAt()))
                        .setParameter(17, utc(r.editableUntil()))
                        .executeUpdate()
                == 1;
    }

    /** Stores a change of a rating locked in this transaction; returns it with its version one on. */
    public Rating save(Rating r) {
        entityManager
                .createNativeQuery("UPDATE rating SET quality = ?2, timeliness = ?3, service = ?4, comment = ?5,"
                        + " reply = ?6, replied_at = ?7, version = version + 1 WHERE id = ?1")
                .setParameter(1, r.id())
                .setParameter(2, r.scores().quality())
                .setParameter(3, r.scores().timeliness())
                .setParameter(4, r.scores().service())
                .setParameter(5, r.comment())
                .setParameter(6, r.reply())
                .setParameter(7, utc(r.repliedAt()))
                .executeUpdate();
        return find(r.id(), false).orElseThrow();
    }

    /** The rating, locked until the transaction ends when {@code locked}. */
    public Optional<Rating> find(UUID id, boolean locked) {
        return rows("WHERE id = ?1" + (locked ? " FOR UPDATE" : ""), id).stream()
                .findFirst();
    }

    /**
     * A page of ratings, newest first by id order after {@code after}: of an instrument, a service offer or a provider
     * when given (null: every one).
     */
    public List<Rating> page(UUID instrument, UUID serviceOffer, UUID provider, UUID after, int limit) {
        return rows(
                "WHERE (CAST(?1 AS uuid) IS NULL OR instrument_id = ?1)"
                        + " AND (CAST(?2 AS uuid) IS NULL OR service_offer_id = ?2)"
                        + " AND (CAST(?3 AS uuid) IS NULL OR provider_id = ?3)"
                        + " AND (CAST(?4 AS uuid) IS NULL OR id > ?4) ORDER BY id LIMIT " + limit,
                instrument,
                serviceOffer,
                provider,
                after);
    }

    @SuppressWarnings("unchecked") // rating rows
    private List<Rating> rows(String where, Object... parameters) {
        var query = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM rating " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Rating(
                        (UUID) r[0],
                        new Rating.Subject(
                                (String) r[1],
                                (UUID) r[2],
                                (UUID) r[3],
                                Region.ofCode((String) r[4]),
                                (UUID) r[5],
                                (UUID) r[6],
                                (UUID) r[7],
                                (UUID) r[8]),
                        new Rating.Scores(
                                ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), ((Number) r[11]).intValue()),
                        (String) r[12],
                        (String) r[13],
                        instant(r[14]),
                        instant(r[15]),
                        instant(r[16]),
                        ((Number) r[17]).longValue()))
                .toList();
    }
}
