package io.deltashare.insight.assessment.domain;

import io.deltashare.platform.decision.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a bureau assesses its providers for a year (绩效考核): criteria whose weights add up to 100, and the score a
 * provider needs to share in the subsidies. {@link #DEFAULT} counts service to industry first.
 */
public record Scheme(List<Criterion> criteria, BigDecimal minimumScore) {

    /** As many as there are indicators. */
    public static final int MOST_CRITERIA = 8;

    /**
     * The documented default: enterprise hours 30 (0 → 500 h), cross-region revenue 25 (¥0 → ¥200,000), utilisation
     * 20 (10 % → 60 %), firms served 10 (0 → 20), rating 15 (3.0 → 5.0); a provider needs 20 points for a subsidy.
     */
    public static final Scheme DEFAULT = new Scheme(
            List.of(
                    new Criterion(Indicator.ENTERPRISE_HOURS, 30, new BigDecimal("0"), new BigDecimal("500")),
                    new Criterion(Indicator.CROSS_REGION_REVENUE, 25, new BigDecimal("0"), new BigDecimal("200000")),
                    new Criterion(Indicator.UTILISATION, 20, new BigDecimal("0.10"), new BigDecimal("0.60")),
                    new Criterion(Indicator.FIRMS_SERVED, 10, new BigDecimal("0"), new BigDecimal("20")),
                    new Criterion(Indicator.RATING, 15, new BigDecimal("3.0"), new BigDecimal("5.0"))),
            new BigDecimal("20"));

    public Scheme {
        criteria = List.copyOf(criteria);
    }

    /** What is wrong with the scheme, each with its field; empty when it can be used. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (criteria.isEmpty() || criteria.size() > MOST_CRITERIA) {
            found.add(new Violation("criteria", "lists 1 to " + MOST_CRITERIA + " indicators"));
        }
        Set<Indicator> seen = EnumSet.noneOf(Indicator.class);
        int weights = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (!seen.add(c.indicator())) {
                found.add(new Violation(field + ".indicator", c.indicator() + " is listed twice"));
            }
            if (c.weight() < 1 || c.weight() > 100) {
                found.add(new Violation(field + ".weight", "must be 1 to 100 points"));
            }
            if (c.threshold().compareTo(c.target()) == 0) {
                found.add(new Violation(field + ".target", "must differ from the threshold"));
            }
            weights += c.weight();
        }
        if (!criteria.isEmpty() && weights != 100) {
            found.add(new Violation("criteria", "weights must add up to 100, not " + weights));
        }
        if (minimumScore.signum() < 0 || minimumScore.compareTo(BigDecimal.valueOf(100)) > 0) {
            found.add(new Violation("minimumScore", "must be 0 to 100"));
        }
        return found;
    }

    /** A provider's score: the points of each criterion for its value, and their sum (0 to 100). */
    public Score score(Map<Indicator, BigDecimal> values) {
        Map<Indicator, BigDecimal> points = new java.util.EnumMap<>(Indicator.class);
        BigDecimal total = BigDecimal.ZERO.setScale(4);
        for (Criterion criterion : criteria) {
            BigDecimal earned = criterion.points(values.get(criterion.indicator()));
            points.put(criterion.indicator(), earned);
            total = total.add(earned);
        }
        return new Score(points, total.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** The points earned per indicator (four decimals) and the score (two decimals). */
    public record Score(Map<Indicator, BigDecimal> points, BigDecimal total) {}
}
