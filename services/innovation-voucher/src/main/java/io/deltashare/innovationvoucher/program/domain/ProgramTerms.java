package io.deltashare.innovationvoucher.program.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceCategories;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.platform.decision.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules a voucher program's terms must meet before a bureau can create it. Amounts are in fen; every broken rule
 * is reported with the field it concerns. {@code smeOnly}: only firms admitted with a science-based SME registration
 * (科技型中小企业) may apply. {@code serviceKinds}: what its vouchers pay for (instrument time, testing, technical
 * development), within {@code eligibleCategories}; {@code designatedProviders}: the provider organizations
 * (专业机构) its vouchers pay at, empty for any provider in the accepted regions.
 */
public record ProgramTerms(
        Long totalBudgetFen,
        Long capPerFirmPerYearFen,
        Long faceValueFen,
        BigDecimal coverageRatio,
        Set<String> eligibleCategories,
        Set<Region> acceptedProviderRegions,
        LocalDate applicationsFrom,
        LocalDate applicationsUntil,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean smeOnly,
        Set<ServiceKind> serviceKinds,
        Set<UUID> designatedProviders) {

    /** A program names at most this many designated institutions. */
    public static final int MAX_DESIGNATED_PROVIDERS = 200;

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        positive("totalBudget", totalBudgetFen, violations);
        positive("capPerFirmPerYear", capPerFirmPerYearFen, violations);
        positive("faceValue", faceValueFen, violations);
        if (faceValueFen != null && faceValueFen > 0) {
            if (totalBudgetFen != null && faceValueFen > totalBudgetFen) {
                violations.add(new Violation("faceValue", "is more than the total budget"));
            }
            if (capPerFirmPerYearFen != null && faceValueFen > capPerFirmPerYearFen) {
                violations.add(
                        new Violation("faceValue", "is more than the cap per firm and year, so no firm could get one"));
            }
        }
        if (coverageRatio == null) {
            violations.add(new Violation("coverageRatio", "is required, a decimal in (0, 1] such as 0.5"));
        } else if (coverageRatio.signum() <= 0 || coverageRatio.compareTo(BigDecimal.ONE) > 0) {
            violations.add(new Violation("coverageRatio", "must be more than 0 and at most 1"));
        } else if (coverageRatio.stripTrailingZeros().scale() > 4) {
            violations.add(new Violation("coverageRatio", "has at most four decimals"));
        }
        if (eligibleCategories == null || eligibleCategories.isEmpty()) {
            violations.add(new Violation("eligibleCategories", "name at least one category"));
        } else {
            eligibleCategories.stream()
                    .filter(c -> !ServiceCategories.CODES.contains(c))
                    .sorted()
                    .forEach(c -> violations.add(new Violation("eligibleCategories", "unknown category '" + c + "'")));
        }
        if (serviceKinds == null || serviceKinds.isEmpty()) {
            violations.add(new Violation(
                    "serviceKinds", "name at least one kind of service: INSTRUMENT_TIME, TESTING, DEVELOPMENT"));
        }
        if (designatedProviders != null && designatedProviders.size() > MAX_DESIGNATED_PROVIDERS) {
            violations.add(new Violation(
                    "designatedProviders", "at most " + MAX_DESIGNATED_PROVIDERS + " designated institutions"));
        }
        if (acceptedProviderRegions == null || acceptedProviderRegions.isEmpty()) {
            violations.add(new Violation(
                    "acceptedProviderRegions", "name at least one region (all four: cross-region acceptance)"));
        }
        window("applicationWindow", applicationsFrom, applicationsUntil, violations);
        window("voucherValidity", validFrom, validUntil, violations);
        if (validUntil != null && applicationsUntil != null && validUntil.isBefore(applicationsUntil)) {
            violations.add(new Violation("voucherValidity.until", "ends before the application window closes"));
        }
        return violations;
    }

    private static void positive(String field, Long fen, List<Violation> violations) {
        if (fen == null) {
            violations.add(new Violation(field, "is required"));
        } else if (fen <= 0) {
            violations.add(new Violation(field, "must be more than zero"));
        }
    }

    private static void window(String field, LocalDate from, LocalDate until, List<Violation> violations) {
        if (from == null) {
            violations.add(new Violation(field + ".from", "is required, a date such as 2027-01-01"));
        }
        if (until == null) {
            violations.add(new Violation(field + ".until", "is required, a date such as 2027-12-31"));
        }
        if (from != null && until != null && until.isBefore(from)) {
            violations.add(new Violation(field + ".until", "ends before it starts"));
        }
    }
}
