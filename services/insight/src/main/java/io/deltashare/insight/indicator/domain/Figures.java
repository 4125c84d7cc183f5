package io.deltashare.insight.indicator.domain;

import io.deltashare.contracts.money.Money;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures the programme is judged by, each for the year asked and its base year, with the growth between. */
public final class Figures {

    private Figures() {}

    /** A count in the year and in the base year. */
    public record Count(
            long value,
            long base,

            @Schema(
                    nullable = true,
                    description =
                            "(value − base) / base to two decimals: 6.30 reads 增长6.3倍; null when the" + " base is 0")
            String growth) {

        public static Count of(long value, long base) {
            return new Count(value, base, Growth.of(value, base));
        }
    }

    /** An amount of money in the year and in the base year, exact to the fen. */
    public record Amount(
            Money value,
            Money base,

            @Schema(nullable = true, description = "(value − base) / base to two decimals; null when the base is 0")
            String growth) {

        public static Amount of(long valueFen, long baseFen) {
            return new Amount(Money.ofFen(valueFen), Money.ofFen(baseFen), Growth.of(valueFen, baseFen));
        }
    }

    /** A quantity (hours, to the hundredth) in the year and in the base year. */
    public record Quantity(
            @Schema(description = "a decimal string, e.g. \"1234.50\"")
            String value,

            @Schema(description = "a decimal string") String base,

            @Schema(nullable = true, description = "(value − base) / base to two decimals; null when the base is 0")
            String growth) {

        public static Quantity of(BigDecimal value, BigDecimal base) {
            return new Quantity(value.toPlainString(), base.toPlainString(), Growth.of(value, base));
        }
    }
}
