package io.deltashare.contracts.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An amount of Chinese yuan, held exactly as integer fen (1 yuan = 100 fen). On the wire it is
 * {@code {"amount":"1234.50","currency":"CNY"}}: a decimal string, never a binary floating-point number.
 *
 * <p>It lives in {@code contracts} (not {@code platform}) because integration events carry amounts and
 * {@code contracts} depends on nothing of ours.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final String CURRENCY = "CNY";
    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses a yuan amount such as {@code "1234.5"} or {@code "1234.50"}; more than two decimals are rejected. */
    public static Money parse(String yuan) {
        Objects.requireNonNull(yuan, "amount");
        if (!yuan.matches("-?\\d{1,15}(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException(
                    "amount must be a decimal string with at most two decimals, e.g. \"1234.50\", not \"" + yuan
                            + "\"");
        }
        return new Money(new BigDecimal(yuan).movePointRight(2).longValueExact());
    }

    @JsonCreator
    static Money fromJson(@JsonProperty("amount") String amount, @JsonProperty("currency") String currency) {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (currency != null && !CURRENCY.equals(currency)) {
            throw new IllegalArgumentException("currency must be " + CURRENCY + ", not " + currency);
        }
        return parse(amount);
    }

    @JsonValue
    Map<String, String> toJson() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("amount", toDecimalString());
        json.put("currency", CURRENCY);
        return json;
    }

    /** The amount in yuan with exactly two decimals, e.g. {@code "1234.50"}. */
    public String toDecimalString() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    /** {@code ratio} of this amount, rounded down to the fen (how voucher shares are computed). */
    public Money shareRoundedDown(BigDecimal ratio) {
        BigDecimal exact = BigDecimal.valueOf(fen).multiply(ratio);
        return new Money(exact.setScale(0, RoundingMode.FLOOR).longValueExact());
    }

    public static Money min(Money a, Money b) {
        return a.fen <= b.fen ? a : b;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return "¥" + toDecimalString();
    }
}
