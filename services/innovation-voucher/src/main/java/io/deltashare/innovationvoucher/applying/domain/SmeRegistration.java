package io.deltashare.innovationvoucher.applying.domain;

import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A firm's registration as a science-based SME (科技型中小企业), renewed every year: its number in the national
 * registry and the year it was registered for. It counts for programs for SMEs in that year and the next, so a firm
 * is not refused in the months before the new year's list is published.
 */
public record SmeRegistration(String number, int year) {

    /** The first year of the national registry (科技型中小企业评价工作, 2017). */
    public static final int FIRST_YEAR = 2017;

    private static final Pattern NUMBER = Pattern.compile("[0-9A-Z]{6,30}");

    /** A registration as a bureau states it on {@code today}: the number's form and a year that has begun. */
    public static Decision<SmeRegistration> stated(String number, Integer year, LocalDate today) {
        List<Violation> errors = new ArrayList<>();
        if (number == null || !NUMBER.matcher(number).matches()) {
            errors.add(new Violation("registrationNumber", "is 6 to 30 digits and capital letters"));
        }
        if (year == null || year < FIRST_YEAR || year > today.getYear()) {
            errors.add(new Violation("year", "is between " + FIRST_YEAR + " and " + today.getYear()));
        }
        return Decision.unlessViolated(errors, () -> new SmeRegistration(number, year));
    }

    /** Whether a registration for {@code year} counts on {@code today}: one of this year or the last does. */
    public static boolean counts(int year, LocalDate today) {
        return year >= today.getYear() - 1;
    }
}
