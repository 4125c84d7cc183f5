package io.deltashare.instrumentcatalog.instrument.domain;

import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.platform.decision.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The booking terms a provider sets for an instrument, and the rules they must keep. {@link #violations()} returns
 * every broken rule with a reason, so the provider fixes them all at once; an empty list means the terms hold.
 */
public record InstrumentTerms(
        long academicPriceFen,
        long enterprisePriceFen,
        long originalValueFen,
        List<OpeningHours.Window> openingHours,
        int minDurationMinutes,
        int maxDurationMinutes,
        int leadTimeHours) {

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (academicPriceFen < 0) {
            violations.add(new Violation("prices.academic", "must not be negative"));
        }
        if (enterprisePriceFen < 0) {
            violations.add(new Violation("prices.enterprise", "must not be negative"));
        }
        if (originalValueFen < 0) {
            violations.add(new Violation("originalValue", "must not be negative"));
        }
        if (minDurationMinutes <= 0) {
            violations.add(new Violation("minDurationMinutes", "must be at least 1 minute"));
        }
        if (maxDurationMinutes < minDurationMinutes) {
            violations.add(new Violation(
                    "maxDurationMinutes", "must not be less than minDurationMinutes (" + minDurationMinutes + ")"));
        }
        if (leadTimeHours < 0) {
            violations.add(new Violation("leadTimeHours", "must not be negative"));
        }
        violations.addAll(openingHoursViolations());
        return violations;
    }

    private List<Violation> openingHoursViolations() {
        List<Violation> violations = new ArrayList<>();
        if (openingHours.isEmpty()) {
            violations.add(new Violation("openingHours", "must open at least once a week"));
            return violations;
        }
        for (int i = 0; i < openingHours.size(); i++) {
            OpeningHours.Window window = openingHours.get(i);
            if (!window.to().isAfter(window.from())) {
                violations.add(new Violation(
                        "openingHours[" + i + "]",
                        "ends at " + window.to() + ", not after it starts at " + window.from()));
            }
        }
        List<OpeningHours.Window> sorted = openingHours.stream()
                .sorted(Comparator.comparing(OpeningHours.Window::day).thenComparing(OpeningHours.Window::from))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            OpeningHours.Window previous = sorted.get(i - 1);
            OpeningHours.Window current = sorted.get(i);
            if (previous.day() == current.day() && current.from().isBefore(previous.to())) {
                violations.add(new Violation(
                        "openingHours[" + openingHours.indexOf(current) + "]",
                        current.day() + " " + current.from() + "–" + current.to() + " overlaps " + previous.from() + "–"
                                + previous.to()));
            }
        }
        return violations;
    }
}
