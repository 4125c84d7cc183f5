package io.deltashare.insight.assessment.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.insight.SubsidiesApproved;
import io.deltashare.contracts.money.Money;
import io.deltashare.insight.InsightConfig;
import io.deltashare.insight.assessment.application.AssessmentViews.AllocationView;
import io.deltashare.insight.assessment.application.AssessmentViews.AssessmentView;
import io.deltashare.insight.assessment.application.AssessmentViews.CriterionView;
import io.deltashare.insight.assessment.application.AssessmentViews.InputView;
import io.deltashare.insight.assessment.application.AssessmentViews.LineView;
import io.deltashare.insight.assessment.application.AssessmentViews.SchemeView;
import io.deltashare.insight.assessment.application.AssessmentViews.ScoreView;
import io.deltashare.insight.assessment.domain.Allocation;
import io.deltashare.insight.assessment.domain.Indicator;
import io.deltashare.insight.assessment.domain.Scheme;
import io.deltashare.insight.assessment.persistence.AssessmentStore;
import io.deltashare.insight.assessment.persistence.AssessmentStore.AllocationRow;
import io.deltashare.insight.assessment.persistence.AssessmentStore.AssessmentRow;
import io.deltashare.insight.assessment.persistence.AssessmentStore.Input;
import io.deltashare.insight.assessment.persistence.AssessmentStore.LineRow;
import io.deltashare.insight.assessment.persistence.AssessmentStore.SchemeRow;
import io.deltashare.insight.assessment.persistence.AssessmentStore.ScoreRow;
import io.deltashare.insight.report.application.ProviderReport;
import io.deltashare.insight.report.application.ProviderReports;
import io.deltashare.insight.report.persistence.ReportQueries;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A bureau's annual assessment of its region's providers and the subsidies it allocates by their scores. Only the
 * province's own bureau of the region (not a pilot locality's) and the platform admin see or do any of it; anyone
 * else is told the objects do not exist.
 */
@ApplicationScoped
public class Assessments {

    private final AssessmentStore store;
    private final ReportQueries providers;
    private final ProviderReports reports;
    private final Outbox outbox;
    private final Clock clock;
    private final int maxProviders;

    Assessments(
            AssessmentStore store,
            ReportQueries providers,
            ProviderReports reports,
            Outbox outbox,
            Clock clock,
            InsightConfig config) {
        this.store = store;
        this.providers = providers;
        this.reports = reports;
        this.outbox = outbox;
        this.clock = clock;
        this.maxProviders = config.assessmentMaxProviders();
    }

    @Transactional
    public SchemeView define(String region, int year, String name, Scheme scheme, Caller caller) {
        if (!caller.isAdmin() && !caller.isBureauOf(region)) {
            throw Rejected.forbidden("a province's bureau assesses the providers of its own region only");
        }
        if (!scheme.violations().isEmpty()) {
            throw Rejected.invalid(scheme.violations());
        }
        SchemeRow row = new SchemeRow(UUID.randomUUID(), region, year, name, scheme, caller.subject(), clock.instant());
        store.addScheme(row);
        return view(row);
    }

    @Transactional
    public SchemeView scheme(UUID id, Caller caller) {
        return view(visibleScheme(id, caller));
    }

    /** The caller's region's schemes (the admin's: any region's, or {@code region}'s), newest first. */
    @Transactional
    public List<SchemeView> schemes(String region, Instant after, UUID afterId, int limit, Caller caller) {
        String visible = caller.isAdmin() ? region : ownRegion(caller);
        if (!caller.isAdmin() && region != null && !region.equals(visible)) {
            throw Rejected.forbidden("a bureau sees the schemes of its own region only");
        }
        return store.schemes(visible, after, afterId, limit).stream()
                .map(Assessments::view)
                .toList();
    }

    /**
     * Scores every provider of the scheme's region for its year, from their reports as the facts stand now: the same
     * facts give the same scores. Ranks by score, then provider id.
     */
    @Transactional
    public AssessmentView assess(UUID schemeId, Caller caller) {
        SchemeRow scheme = visibleScheme(schemeId, caller);
        List<ReportQueries.Provider> region = providers.providersIn(scheme.region());
        if (region.size() > maxProviders) {
            throw Rejected.unprocessable(
                    "assessment-too-large",
                    "the region has more than " + maxProviders + " providers (insight.assessment-max-providers)");
        }
        record Scored(ReportQueries.Provider provider, Map<Indicator, BigDecimal> values, Scheme.Score score) {}
        List<Scored> scored = new ArrayList<>();
        for (ReportQueries.Provider provider : region) {
            Map<Indicator, BigDecimal> values = values(reports.compute(provider, scheme.year()));
            scored.add(new Scored(provider, values, scheme.scheme().score(values)));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.score().total())
                .reversed()
                .thenComparing(s -> s.provider().id()));
        List<ScoreRow> rows = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            Map<Indicator, Input> inputs = new EnumMap<>(Indicator.class);
            s.score()
                    .points()
                    .forEach((indicator, points) -> inputs.put(
                            indicator,
                            new Input(
                                    Optional.ofNullable(s.values().get(indicator))
                                            .map(BigDecimal::toPlainString)
                                            .orElse(null),
                                    points.toPlainString())));
            rows.add(new ScoreRow(
                    i + 1,
                    s.provider().id(),
                    s.provider().organizationId(),
                    s.provider().nameZh(),
                    s.provider().nameEn(),
                    inputs,
                    s.score().total()));
        }
        AssessmentRow assessment = new AssessmentRow(
                UUID.randomUUID(),
                scheme.id(),
                scheme.region(),
                scheme.year(),
                rows.size(),
                caller.subject(),
                clock.instant());
        store.addAssessment(assessment, rows);
        return view(assessment);
    }

    /** The assessments of a scheme the caller sees, newest first. */
    @Transactional
    public List<AssessmentView> assessmentsOf(UUID schemeId, Instant after, UUID afterId, int limit, Caller caller) {
        visibleScheme(schemeId, caller);
        return store.assessmentsOf(schemeId, after, afterId, limit).stream()
                .map(Assessments::view)
                .toList();
    }

    @Transactional
    public AssessmentView assessment(UUID id, Caller caller) {
        return view(visibleAssessment(id, caller));
    }

    @Transactional
    public List<ScoreView> scores(UUID assessment, int afterRank, int limit, Caller caller) {
        visibleAssessment(assessment, caller);
        return store.scores(assessment, afterRank, limit).stream()
                .map(s -> new ScoreView(
                        s.rank(),
                        s.providerId(),
                        new LocalizedText(s.nameZh(), s.nameEn()),
                        s.score().toPlainString(),
                        s.inputs().entrySet().stream()
                                .map(e -> new InputView(
                                        e.getKey(),
                                        e.getValue().value(),
                                        e.getValue().points()))
                                .toList()))
                .toList();
    }

    /** Shares {@code budget} among the assessment's providers by score, as a proposal the bureau may approve. */
    @Transactional
    public AllocationView allocate(UUID assessmentId, Money budget, Caller caller) {
        AssessmentRow assessment = visibleAssessment(assessmentId, caller);
        if (budget.fen() <= 0) {
            throw Rejected.invalid("budget", "must be more than 0.00");
        }
        SchemeRow scheme = store.scheme(assessment.schemeId()).orElseThrow();
        List<ScoreRow> scores = store.scores(assessmentId, 0, Integer.MAX_VALUE);
        Map<UUID, ScoreRow> byProvider =
                scores.stream().collect(Collectors.toMap(ScoreRow::providerId, Function.identity()));
        List<LineRow> lines = Allocation.of(
                        budget.fen(),
                        scores.stream()
                                .map(s -> new Allocation.Scored(s.providerId(), s.score()))
                                .toList(),
                        scheme.scheme().minimumScore())
                .stream()
                .filter(share -> share.fen() > 0)
                .map(share -> new LineRow(
                        share.providerId(),
                        byProvider.get(share.providerId()).providerOrganizationId(),
                        share.score(),
                        share.fen()))
                .toList();
        if (lines.isEmpty()) {
            throw Rejected.conflict(
                    "nobody-eligible",
                    "no provider reached the scheme's minimum score of "
                            + scheme.scheme().minimumScore());
        }
        AllocationRow row = new AllocationRow(
                UUID.randomUUID(),
                assessmentId,
                assessment.region(),
                assessment.year(),
                budget.fen(),
                "PROPOSED",
                caller.subject(),
                clock.instant(),
                null,
                null,
                null,
                1);
        store.addAllocation(row, lines);
        return view(row, lines);
    }

    @Transactional
    public AllocationView allocation(UUID id, Caller caller) {
        AllocationRow row = visibleAllocation(id, caller, false);
        return view(row, store.lines(id));
    }

    /**
     * The bureau approves the allocation: it owes each provider its line, and settlement is told so. One allocation
     * of an assessment is approved at most, once; the allocation's row is locked while this runs.
     */
    @Transactional
    public AllocationView approve(UUID id, Caller caller) {
        AllocationRow row = visibleAllocation(id, caller, true);
        if (!caller.isBureauOf(row.region())) {
            throw Rejected.forbidden("the bureau of " + row.region() + " approves its subsidies itself");
        }
        if (!row.status().equals("PROPOSED")) {
            throw Rejected.conflict("allocation-decided", "the allocation is " + row.status() + " already");
        }
        if (store.approvedAllocationOf(row.assessmentId())) {
            throw Rejected.conflict(
                    "assessment-allocated", "another allocation of this assessment was approved already");
        }
        Instant now = clock.instant();
        store.approved(id, caller.subject(), now);
        List<LineRow> lines = store.lines(id);
        outbox.publish(new SubsidiesApproved(
                id,
                row.assessmentId(),
                Region.ofCode(row.region()),
                row.year(),
                Money.ofFen(row.budgetFen()),
                lines.stream()
                        .map(l -> new SubsidiesApproved.Line(
                                l.providerId(), l.providerOrganizationId(), Money.ofFen(l.amountFen())))
                        .toList()));
        return view(store.allocation(id, false).orElseThrow(), lines);
    }

    /** Settlement recorded the payout of allocation {@code id}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paid(UUID id, Instant at) {
        store.paid(id, at);
    }

    /** What the assessment reads from a provider's report. */
    static Map<Indicator, BigDecimal> values(ProviderReport report) {
        ProviderReport.Summary s = report.summary();
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        values.put(Indicator.ENTERPRISE_HOURS, new BigDecimal(s.enterpriseHours()));
        values.put(
                Indicator.CROSS_REGION_REVENUE,
                new BigDecimal(s.crossRegionRevenue().toDecimalString()));
        values.put(Indicator.UTILISATION, decimal(s.utilisation()).orElse(BigDecimal.ZERO));
        values.put(Indicator.FIRMS_SERVED, BigDecimal.valueOf(s.firmsServed()));
        values.put(Indicator.DELTA_SHARE, decimal(s.deltaShare()).orElse(BigDecimal.ZERO));
        values.put(Indicator.REVENUE, new BigDecimal(s.revenue().toDecimalString()));
        decimal(s.averageResponseHours()).ifPresent(hours -> values.put(Indicator.RESPONSE_HOURS, hours));
        ProviderReport.Ratings r = s.ratings();
        values.put(
                Indicator.RATING,
                r.count() == 0
                        ? BigDecimal.ZERO
                        : new BigDecimal(r.quality())
                                .add(new BigDecimal(r.timeliness()))
                                .add(new BigDecimal(r.service()))
                                .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP));
        return values;
    }

    private static Optional<BigDecimal> decimal(String value) {
        return Optional.ofNullable(value).map(BigDecimal::new);
    }

    private SchemeRow visibleScheme(UUID id, Caller caller) {
        return store.scheme(id)
                .filter(s -> sees(caller, s.region()))
                .orElseThrow(() -> Rejected.notFound("assessment scheme " + id));
    }

    private AssessmentRow visibleAssessment(UUID id, Caller caller) {
        return store.assessment(id)
                .filter(a -> sees(caller, a.region()))
                .orElseThrow(() -> Rejected.notFound("assessment " + id));
    }

    private AllocationRow visibleAllocation(UUID id, Caller caller, boolean forUpdate) {
        return store.allocation(id, forUpdate)
                .filter(a -> sees(caller, a.region()))
                .orElseThrow(() -> Rejected.notFound("subsidy allocation " + id));
    }

    private static boolean sees(Caller caller, String region) {
        return caller.isAdmin() || caller.isBureauOf(region);
    }

    private static String ownRegion(Caller caller) {
        return caller.region()
                .filter(r -> caller.isBureauOf(r))
                .orElseThrow(() -> Rejected.forbidden("a province's bureau assesses its own region's providers"));
    }

    private static SchemeView view(SchemeRow row) {
        return new SchemeView(
                row.id(),
                Region.ofCode(row.region()),
                row.year(),
                row.name(),
                row.scheme().criteria().stream()
                        .map(c -> new CriterionView(
                                c.indicator(),
                                c.weight(),
                                c.threshold().toPlainString(),
                                c.target().toPlainString()))
                        .toList(),
                row.scheme().minimumScore().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                row.createdAt());
    }

    private static AssessmentView view(AssessmentRow row) {
        return new AssessmentView(
                row.id(), row.schemeId(), Region.ofCode(row.region()), row.year(), row.providers(), row.computedAt());
    }

    private static AllocationView view(AllocationRow row, List<LineRow> lines) {
        return new AllocationView(
                row.id(),
                row.assessmentId(),
                Region.ofCode(row.region()),
                row.year(),
                Money.ofFen(row.budgetFen()),
                row.status(),
                lines.stream()
                        .map(l -> new LineView(
                                l.providerId(),
                                l.providerOrganizationId(),
                                l.score().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                                Money.ofFen(l.amountFen())))
                        .toList(),
                row.proposedAt(),
                row.approvedAt(),
                row.paidAt());
    }
}
