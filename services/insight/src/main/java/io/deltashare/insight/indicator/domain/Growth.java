package io.deltashare.insight.indicator.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Growth against a base year as the provinces publish it: 「较2021年增长6.3倍」 means the year's figure is the base's
 * plus 6.3 times the base, so growth is {@code (value − base) / base}, here to two decimals (half up). A base of zero
 * has no growth to state.
 */
public final class Growth {

    private Growth() {}

    /** {@code (value − base) / base} to two decimals, e.g. {@code "6.30"}; null when {@code base} is zero. */
    public static String of(long value, long base) {
        return of(BigDecimal.valueOf(value), BigDecimal.valueOf(base));
    }

    /** The same for decimal figures (hours). */
    public static String of(BigDecimal value, BigDecimal base) {
        if (base.signum() == 0) {
            return null;
        }
        return value.subtract(base).divide(base, 2, RoundingMode.HALF_UP).toPlainString();
    }
}
