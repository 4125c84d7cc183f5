package io.deltashare.settlement.subsidy.persistence;

import static io.deltashare.platform.persistence.SqlTimes.instant;
import static io.deltashare.platform.persistence.SqlTimes.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Approved subsidy allocations and their lines, as settlement posted them. */
@ApplicationScoped
public class Subsidies {

    /** An allocation as stored. */
    public record Row(
            UUID allocationId,
            UUID assessmentId,
            String region,
            int year,
            long totalFen,
            String status,
            Instant approvedAt,
            UUID approvalTx,
            Instant paidAt,
            UUID payoutTx,
            String reference,
            String paidBy) {}

    /** One provider's subsidy. */
    public record Line(UUID providerId, UUID providerOrganizationId, long amountFen) {}

    private final EntityManager entityManager;

    Subsidies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Row row, List<Line> lines) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO subsidy (allocation_id, assessment_id, region, year, total_fen, status, approved_at,
                                             approval_tx)
                        VALUES (?1, ?2, ?3, ?4, ?5, 'APPROVED', ?6, ?7)""")
                .setParameter(1, row.allocationId())
                .setParameter(2, row.assessmentId())
                .setParameter(3, row.region())
                .setParameter(4, row.year())
                .setParameter(5, row.totalFen())
                .setParameter(6, utc(row.approvedAt()))
                .setParameter(7, row.approvalTx())
                .executeUpdate();
        for (Line line : lines) {
            entityManager
                    .createNativeQuery("""
                            INSERT INTO subsidy_line (allocation_id, provider_id, provider_organization_id, amount_fen)
                            VALUES (?1, ?2, ?3, ?4)""")
                    .setParameter(1, row.allocationId())
                    .setParameter(2, line.providerId())
                    .setParameter(3, line.providerOrganizationId())
                    .setParameter(4, line.amountFen())
                    .executeUpdate();
        }
    }

    /** The allocation; its row locked when {@code forUpdate}, so two payouts take turns. */
    public Optional<Row> find(UUID allocation, boolean forUpdate) {
        return rows("WHERE allocation_id = ?1" + (forUpdate ? " FOR UPDATE" : ""), allocation, null, 1).stream()
                .findFirst();
    }

    /** {@code region}'s allocations (all when null), newest first, after the one approved at {@code after}. */
    public List<Row> list(String region, Instant after, UUID afterId, int limit) {
        return rows(
                "WHERE (?1 = '' OR region = ?1)" + (after == null ? "" : " AND (approved_at, allocation_id) < (?2, ?3)")
                        + " ORDER BY approved_at DESC, allocation_id DESC",
                region == null ? "" : region,
                after == null ? null : new Object[] {utc(after), afterId},
                limit);
    }

    @SuppressWarnings("unchecked") // native rows
    private List<Row> rows(String where, Object first, Object[] after, int limit) {
        var query = entityManager
                .createNativeQuery("SELECT allocation_id, assessment_id, region, year, total_fen, status, approved_at,"
                        + " approval_tx, paid_at, payout_tx, reference, paid_by FROM subsidy " + where)
                .setParameter(1, first)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter(2, after[0]).setParameter(3, after[1]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Row(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).longValue(),
                        (String) r[5],
                        instant(r[6]),
                        (UUID) r[7],
                        instant(r[8]),
                        (UUID) r[9],
                        (String) r[10],
                        (String) r[11]))
                .toList();
    }

    @SuppressWarnings("unchecked") // native rows
    public List<Line> lines(UUID allocation) {
        List<Object[]> rows =
                entityManager.createNativeQuery("""
                        SELECT provider_id, provider_organization_id, amount_fen FROM subsidy_line
                        WHERE allocation_id = ?1 ORDER BY amount_fen DESC, provider_id""").setParameter(1, allocation).getResultList();
        return rows.stream()
                .map(r -> new Line((UUID) r[0], (UUID) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    public void paid(UUID allocation, Instant at, UUID payoutTx, String reference, String by) {
        entityManager
                .createNativeQuery("""
                        UPDATE subsidy SET status = 'PAID', paid_at = ?2, payout_tx = ?3, reference = ?4, paid_by = ?5
                        WHERE allocation_id = ?1 AND status = 'APPROVED'""")
                .setParameter(1, allocation)
                .setParameter(2, utc(at))
                .setParameter(3, payoutTx)
                .setParameter(4, reference)
                .setParameter(5, by)
                .executeUpdate();
    }
}
