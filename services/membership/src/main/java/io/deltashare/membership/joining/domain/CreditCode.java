package io.deltashare.membership.joining.domain;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from {@code 0-9} and the capital
 * letters but I, O, S, V and Z; the last is a check character over the first 17 (weights 3^i mod 31, check = 31 minus
 * the weighted sum mod 31, 31 written as 0).
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** Why {@code code} is no credit code, or empty when it is one. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("a unified social credit code has 18 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return Optional.of("'" + code.charAt(i) + "' at position " + (i + 1)
                        + " is not a character of GB 32100-2015 (0-9, A-Z without I, O, S, V, Z)");
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        char expected = ALPHABET.charAt(check);
        if (code.charAt(17) != expected) {
            return Optional.of("the check character does not match (GB 32100-2015): the code is mistyped");
        }
        return Optional.empty();
    }

    /** {@code first17} completed with its check character; for tests and demo data. */
    public static String withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
