package io.deltashare.booking.reservation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a booking costs: time in started quarter hours at the hourly price, or samples at the price per sample.
 * Amounts are whole fen, rounded half-up.
 *
 * @param unit     {@code HOUR} or {@code SAMPLE}
 * @param quantity hours (a multiple of 0.25) or samples
 */
public record Pricing(String unit, BigDecimal quantity, long unitPriceFen, long amountFen) {

    public static Pricing forMinutes(long minutes, long hourlyPriceFen) {
        long quarters = (minutes + BookingTerms.QUARTER_HOUR - 1) / BookingTerms.QUARTER_HOUR;
        BigDecimal hours =
                BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)).setScale(2, RoundingMode.UNNECESSARY);
        long amount = BigDecimal.valueOf(hourlyPriceFen)
                .multiply(hours)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Pricing("HOUR", hours, hourlyPriceFen, amount);
    }

    public static Pricing forSamples(int samples, long samplePriceFen) {
        return new Pricing(
                "SAMPLE",
                BigDecimal.valueOf(samples).setScale(2, RoundingMode.UNNECESSARY),
                samplePriceFen,
                Math.multiplyExact(samplePriceFen, samples));
    }
}
