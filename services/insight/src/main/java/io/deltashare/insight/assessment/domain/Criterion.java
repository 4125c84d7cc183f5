package io.deltashare.insight.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator of a scheme: its weight (points, of 100 in all), the value at which it starts to earn points
 * ({@code threshold}) and the value at which it earns them all ({@code target}). A target below the threshold means
 * fewer is better (response hours). Between the two, points grow in proportion.
 */
public record Criterion(Indicator indicator, int weight, BigDecimal threshold, BigDecimal target) {

    /**
     * The points {@code value} earns: {@code weight × clamp((value − threshold) / (target − threshold), 0, 1)}, to four
     * decimals (half up); none for an unknown value.
     */
    public BigDecimal points(BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(4);
        }
        BigDecimal share = value.subtract(threshold).divide(target.subtract(threshold), 8, RoundingMode.HALF_UP);
        if (share.signum() < 0) {
            share = BigDecimal.ZERO;
        } else if (share.compareTo(BigDecimal.ONE) > 0) {
            share = BigDecimal.ONE;
        }
        return share.multiply(BigDecimal.valueOf(weight)).setScale(4, RoundingMode.HALF_UP);
    }
}
