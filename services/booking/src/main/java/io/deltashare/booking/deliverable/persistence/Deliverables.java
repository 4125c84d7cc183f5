package io.deltashare.booking.deliverable.persistence;

import io.deltashare.booking.deliverable.domain.Deliverable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The deliverables of orders: what each file is, not its bytes ({@code DeliverableFiles} keeps those). */
@ApplicationScoped
public class Deliverables {

    /** An order has at most this many deliverables. */
    public static final int MAX_PER_ORDER = 200;

    private final EntityManager entityManager;

    Deliverables(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Deliverable d) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO deliverable (id, order_id, milestone, file_name, content_type, size_bytes, sha256,
                                                 store, uploaded_by, uploaded_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, d.id())
                .setParameter(2, d.orderId())
                .setParameter(3, d.milestone())
                .setParameter(4, d.fileName())
                .setParameter(5, d.contentType())
                .setParameter(6, d.sizeBytes())
                .setParameter(7, d.sha256())
                .setParameter(8, d.store())
                .setParameter(9, d.uploadedBy())
                .setParameter(10, d.uploadedAt().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The deliverables of {@code order}, oldest first. */
    public List<Deliverable> ofOrder(UUID order) {
        return rows("WHERE order_id = ?1 ORDER BY uploaded_at, id", order);
    }

    public Optional<Deliverable> find(UUID order, UUID id) {
        return rows("WHERE order_id = ?1 AND id = ?2", order, id).stream().findFirst();
    }

    public long countOf(UUID order) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM deliverable WHERE order_id = ?1")
                        .setParameter(1, order)
                        .getSingleResult())
                .longValue();
    }

    @SuppressWarnings("unchecked") // deliverable rows
    private List<Deliverable> rows(String where, Object... parameters) {
        var query = entityManager.createNativeQuery("SELECT id, order_id, milestone, file_name, content_type,"
                + " size_bytes, sha256, store, uploaded_by, uploaded_at FROM deliverable " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Deliverable(
                        (UUID) r[0],
                        (UUID) r[1],
                        r[2] == null ? null : ((Number) r[2]).intValue(),
                        (String) r[3],
                        (String) r[4],
                        ((Number) r[5]).longValue(),
                        ((String) r[6]).trim(),
                        (String) r[7],
                        (String) r[8],
                        r[9] instanceof OffsetDateTime at ? at.toInstant() : (Instant) r[9]))
                .toList();
    }
}
