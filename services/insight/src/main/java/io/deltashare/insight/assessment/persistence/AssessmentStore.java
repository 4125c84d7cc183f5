package io.deltashare.insight.assessment.persistence;

import static io.deltashare.platform.persistence.SqlTimes.instant;
import static io.deltashare.platform.persistence.SqlTimes.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.insight.assessment.domain.Criterion;
import io.deltashare.insight.assessment.domain.Indicator;
import io.deltashare.insight.assessment.domain.Scheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Schemes, assessments with their ranked scores, and subsidy allocations with their lines. */
@ApplicationScoped
public class AssessmentStore {

    /** A scheme as stored. */
    public record SchemeRow(
            UUID id, String region, int year, String name, Scheme scheme, String createdBy, Instant createdAt) {}

    /** An assessment as stored. */
    public record AssessmentRow(
            UUID id, UUID schemeId, String region, int year, int providers, String computedBy, Instant computedAt) {}

    /** What one indicator contributed: the provider's value (null when unknown) and the points it earned. */
    public record Input(String value, String points) {}

    /** A provider's ranked score. */
    public record ScoreRow(
            int rank,
            UUID providerId,
            UUID providerOrganizationId,
            String nameZh,
            String nameEn,
            Map<Indicator, Input> inputs,
            BigDecimal score) {}

    /** An allocation as stored. */
    public record AllocationRow(
            UUID id,
            UUID assessmentId,
            String region,
            int year,
            long budgetFen,
            String status,
            String proposedBy,
            Instant proposedAt,
            String approvedBy,
            Instant approvedAt,
            Instant paidAt,
            long version) {}

    /** One provider's subsidy. */
    public record LineRow(UUID providerId, UUID providerOrganizationId, BigDecimal score, long amountFen) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> CRITERIA = new TypeReference<>() {};
    private static final TypeReference<Map<String, Input>> INPUTS = new TypeReference<>() {};

    private final EntityManager entityManager;

    AssessmentStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void addScheme(SchemeRow s) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO assessment_scheme (id, region, year, name, criteria, minimum_score, created_by,
                                                       created_at)
                        VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?7, ?8)""")
                .setParameter(1, s.id())
                .setParameter(2, s.region())
                .setParameter(3, s.year())
                .setParameter(4, s.name())
                .setParameter(
                        5,
                        json(s.scheme().criteria().stream()
                                .map(c -> Map.of(
                                        "indicator", c.indicator().name(),
                                        "weight", c.weight(),
                                        "threshold", c.threshold().toPlainString(),
                                        "target", c.target().toPlainString()))
                                .toList()))
                .setParameter(6, s.scheme().minimumScore())
                .setParameter(7, s.createdBy())
                .setParameter(8, utc(s.createdAt()))
                .executeUpdate();
    }

    public Optional<SchemeRow> scheme(UUID id) {
        return schemes("WHERE id = ?1", id, null, 1).stream().findFirst();
    }

    /** The schemes of {@code region} (all when null), newest first, after the one created at {@code after}. */
    public List<SchemeRow> schemes(String region, Instant after, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("WHERE (?1 = '' OR region = ?1)");
        if (after != null) {
            where.append(" AND (created_at, id) < (?2, ?3)");
        }
        return schemes(
                where.toString(),
                region == null ? "" : region,
                after == null ? null : new Object[] {utc(after), afterId},
                limit);
    }

    @SuppressWarnings("unchecked") // native rows
    private List<SchemeRow> schemes(String where, Object first, Object[] after, int limit) {
        var query = entityManager
                .createNativeQuery("SELECT id, region, year, name, CAST(criteria AS text), minimum_score, created_by,"
                        + " created_at FROM assessment_scheme " + where + " ORDER BY created_at DESC, id DESC")
                .setParameter(1, first)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter(2, after[0]).setParameter(3, after[1]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new SchemeRow(
                        (UUID) r[0],
                        (String) r[1],
                        ((Number) r[2]).intValue(),
                        (String) r[3],
                        new Scheme(criteria((String) r[4]), (BigDecimal) r[5]),
                        (String) r[6],
                        instant(r[7])))
                .toList();
    }

    public void addAssessment(AssessmentRow a, List<ScoreRow> scores) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO assessment (id, scheme_id, region, year, providers, computed_by, computed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, a.id())
                .setParameter(2, a.schemeId())
                .setParameter(3, a.region())
                .setParameter(4, a.year())
                .setParameter(5, a.providers())
                .setParameter(6, a.computedBy())
                .setParameter(7, utc(a.computedAt()))
                .executeUpdate();
        for (ScoreRow s : scores) {
            entityManager
                    .createNativeQuery("""
                            INSERT INTO assessment_score (assessment_id, rank, provider_id, provider_organization_id,
                                                          name_zh, name_en, inputs, score)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb), ?8)""")
                    .setParameter(1, a.id())
                    .setParameter(2, s.rank())
                    .setParameter(3, s.providerId())
                    .setParameter(4, s.providerOrganizationId())
                    .setParameter(5, s.nameZh())
                    .setParameter(6, s.nameEn())
                    .setParameter(7, json(s.inputs()))
                    .setParameter(8, s.score())
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked") // native rows
    public Optional<AssessmentRow> assessment(UUID id) {
        List<Object[]> rows =
                entityManager.createNativeQuery("""
                        SELECT id, scheme_id, region, year, providers, computed_by, computed_at FROM assessment
                        WHERE id = ?1""").setParameter(1, id).getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new AssessmentRow(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(),
                        (String) r[5],
                        instant(r[6])));
    }

    /** The assessments of {@code scheme}, newest first, after the one computed at {@code after}. */
    @SuppressWarnings("unchecked") // native rows
    public List<AssessmentRow> assessmentsOf(UUID scheme, Instant after, UUID afterId, int limit) {
        var query = entityManager
                .createNativeQuery(
                        "SELECT id, scheme_id, region, year, providers, computed_by, computed_at FROM assessment"
                                + " WHERE scheme_id = ?1" + (after == null ? "" : " AND (computed_at, id) < (?2, ?3)")
                                + " ORDER BY computed_at DESC, id DESC")
                .setParameter(1, scheme)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter(2, utc(after)).setParameter(3, afterId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new AssessmentRow(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(),
                        (String) r[5],
                        instant(r[6])))
                .toList();
    }

    /** The scores ranked after {@code afterRank}, at most {@code limit}. */
    @SuppressWarnings("unchecked") // native rows
    public List<ScoreRow> scores(UUID assessment, int afterRank, int limit) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT rank, provider_id, provider_organization_id, name_zh, name_en, CAST(inputs AS text),
                               score
                        FROM assessment_score WHERE assessment_id = ?1 AND rank > ?2 ORDER BY rank""")
                .setParameter(1, assessment)
                .setParameter(2, afterRank)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new ScoreRow(
                        ((Number) r[0]).intValue(),
                        (UUID) r[1],
                        (UUID) r[2],
                        (String) r[3],
                        (String) r[4],
                        inputs((String) r[5]),
                        (BigDecimal) r[6]))
                .toList();
    }

    public void addAllocation(AllocationRow a, List<LineRow> lines) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO subsidy_allocation (id, assessment_id, region, year, budget_fen, status,
                                                        proposed_by, proposed_at, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, 'PROPOSED', ?6, ?7, 1)""")
                .setParameter(1, a.id())
                .setParameter(2, a.assessmentId())
                .setParameter(3, a.region())
                .setParameter(4, a.year())
                .setParameter(5, a.budgetFen())
                .setParameter(6, a.proposedBy())
                .setParameter(7, utc(a.proposedAt()))
                .executeUpdate();
        for (LineRow line : lines) {
            entityManager
                    .createNativeQuery("""
                            INSERT INTO subsidy_line (allocation_id, provider_id, provider_organization_id, score,
                                                      amount_fen)
                            VALUES (?1, ?2, ?3, ?4, ?5)""")
                    .setParameter(1, a.id())
                    .setParameter(2, line.providerId())
                    .setParameter(3, line.providerOrganizationId())
                    .setParameter(4, line.score())
                    .setParameter(5, line.amountFen())
                    .executeUpdate();
        }
    }

    /** The allocation, its row locked when {@code forUpdate}: approvals of one allocation take turns. */
    @SuppressWarnings("unchecked") // native rows
    public Optional<AllocationRow> allocation(UUID id, boolean forUpdate) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT id, assessment_id, region, year, budget_fen, status, proposed_by, proposed_at,
                               approved_by, approved_at, paid_at, version
                        FROM subsidy_allocation WHERE id = ?1""" + (forUpdate ? " FOR UPDATE" : ""))
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new AllocationRow(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).longValue(),
                        (String) r[5],
                        (String) r[6],
                        instant(r[7]),
                        (String) r[8],
                        instant(r[9]),
                        instant(r[10]),
                        ((Number) r[11]).longValue()));
    }

    @SuppressWarnings("unchecked") // native rows
    public List<LineRow> lines(UUID allocation) {
        List<Object[]> rows =
                entityManager.createNativeQuery("""
                        SELECT provider_id, provider_organization_id, score, amount_fen FROM subsidy_line
                        WHERE allocation_id = ?1 ORDER BY score DESC, provider_id""").setParameter(1, allocation).getResultList();
        return rows.stream()
                .map(r -> new LineRow((UUID) r[0], (UUID) r[1], (BigDecimal) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    /** Whether another allocation of {@code assessment} was approved already. */
    public boolean approvedAllocationOf(UUID assessment) {
        return ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM subsidy_allocation WHERE assessment_id = ?1 AND status <> 'PROPOSED'")
                                .setParameter(1, assessment)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    public void approved(UUID allocation, String by, Instant at) {
        entityManager
                .createNativeQuery("""
                        UPDATE subsidy_allocation SET status = 'APPROVED', approved_by = ?2, approved_at = ?3,
                            version = version + 1
                        WHERE id = ?1 AND status = 'PROPOSED'""")
                .setParameter(1, allocation)
                .setParameter(2, by)
                .setParameter(3, utc(at))
                .executeUpdate();
    }

    /** Settlement recorded the payment: once, whatever the redeliveries. */
    public void paid(UUID allocation, Instant at) {
        entityManager
                .createNativeQuery("""
                        UPDATE subsidy_allocation SET status = 'PAID', paid_at = ?2, version = version + 1
                        WHERE id = ?1 AND status = 'APPROVED'""")
                .setParameter(1, allocation)
                .setParameter(2, utc(at))
                .executeUpdate();
    }

    private static List<Criterion> criteria(String json) {
        try {
            return JSON.readValue(json, CRITERIA).stream()
                    .map(c -> new Criterion(
                            Indicator.valueOf((String) c.get("indicator")),
                            ((Number) c.get("weight")).intValue(),
                            new BigDecimal((String) c.get("threshold")),
                            new BigDecimal((String) c.get("target"))))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scheme does not read", e);
        }
    }

    private static Map<Indicator, Input> inputs(String json) {
        try {
            Map<Indicator, Input> inputs = new LinkedHashMap<>();
            JSON.readValue(json, INPUTS).forEach((k, v) -> inputs.put(Indicator.valueOf(k), v));
            return inputs;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inputs do not read", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
