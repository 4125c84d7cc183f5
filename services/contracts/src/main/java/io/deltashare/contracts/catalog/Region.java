package io.deltashare.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The four provinces of the Yangtze River Delta, as ISO 3166-2 codes on the wire. */
public enum Region {
    @JsonProperty("CN-SH")
    CN_SH("CN-SH"),
    @JsonProperty("CN-JS")
    CN_JS("CN-JS"),
    @JsonProperty("CN-ZJ")
    CN_ZJ("CN-ZJ"),
    @JsonProperty("CN-AH")
    CN_AH("CN-AH");

    private final String code;

    Region(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Region ofCode(String code) {
        for (Region region : values()) {
            if (region.code.equals(code)) {
                return region;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of CN-SH, CN-JS, CN-ZJ, CN-AH");
    }
}
