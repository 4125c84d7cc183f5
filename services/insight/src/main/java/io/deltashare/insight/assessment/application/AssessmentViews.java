package io.deltashare.insight.assessment.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.insight.assessment.domain.Indicator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the assessment API answers. */
public final class AssessmentViews {

    private AssessmentViews() {}

    /** A criterion: the indicator, its weight in points, and the values that start and complete its points. */
    public record CriterionView(Indicator indicator, int weight, String threshold, String target) {}

    /** A bureau's scheme for a year. */
    public record SchemeView(
            UUID id,
            Region region,
            int year,
            String name,
            List<CriterionView> criteria,

            @Schema(description = "the score (0–100) a provider needs to share in the subsidies")
            String minimumScore,

            Instant createdAt) {}

    /** An assessment: the scheme's scores of the region's providers for the year, computed at {@code computedAt}. */
    public record AssessmentView(UUID id, UUID schemeId, Region region, int year, int providers, Instant computedAt) {}

    /** What one indicator contributed to a provider's score. */
    public record InputView(
            Indicator indicator,

            @Schema(nullable = true, description = "the provider's value; null when unknown (no ratings, no decisions)")
            String value,

            String points) {}

    /** A provider's rank and score (0–100), with the inputs it was computed from. */
    public record ScoreView(int rank, UUID providerId, LocalizedText name, String score, List<InputView> inputs) {}

    /** One provider's subsidy. */
    @Schema(name = "AssessmentSubsidyLine")
    public record LineView(UUID providerId, UUID providerOrganizationId, String score, Money amount) {}

    /**
     * A subsidy budget shared by score. {@code PROPOSED} until the bureau approves it ({@code APPROVED}: settlement
     * posts what the bureau owes each provider), {@code PAID} once settlement records the payout.
     */
    public record AllocationView(
            UUID id,
            UUID assessmentId,
            Region region,
            int year,
            Money budget,

            @Schema(enumeration = {"PROPOSED", "APPROVED", "PAID"})
            String status,

            List<LineView> lines,
            Instant proposedAt,
            @Schema(nullable = true) Instant approvedAt,
            @Schema(nullable = true) Instant paidAt) {}
}
