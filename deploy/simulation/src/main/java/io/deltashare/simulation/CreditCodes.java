package io.deltashare.simulation;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100) for the simulated firms: an enterprise code (91) of the
 * province's capital, a serial number made of the firm's province and index, and the check character the standard
 * computes, so that membership accepts them as it accepts a real firm's.
 */
final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCodes() {}

    /** The code of the {@code index}-th simulated firm of {@code region}. */
    static String of(String region, int index) {
        String division = switch (region) {
            case "CN-SH" -> "310115";
            case "CN-JS" -> "320106";
            case "CN-ZJ" -> "330106";
            case "CN-AH" -> "340104";
            default -> throw new IllegalArgumentException("no simulated firms in " + region);
        };
        String first17 = "91" + division + String.format("MA%07d", index);
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
