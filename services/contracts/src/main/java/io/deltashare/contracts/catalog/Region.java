package io.deltashare.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an organization or an officer is at home: an ISO 3166-2 subdivision code ({@code CN-ZJ}, {@code CN-GD},
 * {@code DE-BY}) or, for users from abroad, an ISO 3166-1 alpha-2 country code ({@code DE}). Regions are data: which
 * of them issue innovation vouchers is configuration of the voucher service, not a property of this type. The four
 * Yangtze River Delta provinces, today's issuers, have names here because the demo data and the tests use them.
 */
@Schema(
        type = SchemaType.STRING,
        pattern = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$",
        maxLength = 6,
        examples = {"CN-ZJ", "CN-GD", "DE"},
        description = "ISO 3166-2 region (CN-SH, CN-JS, CN-ZJ, CN-AH, CN-GD, ...) or ISO 3166-1 country code")
public record Region(String code) implements Comparable<Region> {

    /** ISO 3166-1 alpha-2, optionally followed by an ISO 3166-2 subdivision of one to three letters or digits. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /** ISO 3166-2:CN (2017 letter codes): the 34 provincial-level divisions. */
    private static final Set<String> CHINA = Set.of(
            "AH", "BJ", "CQ", "FJ", "GD", "GS", "GX", "GZ", "HA", "HB", "HE", "HI", "HK", "HL", "HN", "JL", "JS", "JX",
            "LN", "MO", "NM", "NX", "QH", "SC", "SD", "SH", "SN", "SX", "TJ", "TW", "XJ", "XZ", "YN", "ZJ");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public static final Region CN_SH = new Region("CN-SH");
    public static final Region CN_JS = new Region("CN-JS");
    public static final Region CN_ZJ = new Region("CN-ZJ");
    public static final Region CN_AH = new Region("CN-AH");

    /**
     * Refuses what is not a region: a malformed code, an unknown country, or a Chinese subdivision that ISO 3166-2:CN
     * does not list. Subdivisions of other countries are checked for their form only.
     */
    public Region {
        if (!isCode(code)) {
            throw new IllegalArgumentException(
                    "'" + code
                            + "' is not a region: give an ISO 3166-2 code such as CN-ZJ or CN-GD, or a country code such as DE");
        }
    }

    @JsonCreator
    public static Region ofCode(String code) {
        return new Region(code);
    }

    /** Whether {@code code} names a region (see the constructor). */
    public static boolean isCode(String code) {
        if (code == null || !CODE.matcher(code).matches() || !COUNTRIES.contains(code.substring(0, 2))) {
            return false;
        }
        return !code.startsWith("CN-") || CHINA.contains(code.substring(3));
    }

    /** The country part: {@code CN} for {@code CN-ZJ}. */
    public String country() {
        return code.substring(0, 2);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    /** Regions sort by their code. */
    @Override
    public int compareTo(Region other) {
        return code.compareTo(other.code);
    }
}
