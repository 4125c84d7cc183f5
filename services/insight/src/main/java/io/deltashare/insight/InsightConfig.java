package io.deltashare.insight;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Settings of the insight service. */
@ConfigMapping(prefix = "insight")
public interface InsightConfig {

    /**
     * The regions whose bureaus issue vouchers (today the four Yangtze River Delta provinces): the regions the
     * indicators list one by one, and the Delta they add up to. Widening 通用通兑 to a larger area is this list.
     */
    @WithDefault("CN-SH,CN-JS,CN-ZJ,CN-AH")
    List<String> deltaRegions();

    /**
     * From which original value an instrument counts as a large unit (the providers' 「单价500万元以上的设备」), in
     * yuan.
     */
    @WithDefault("5000000.00")
    String largeUnitValue();

    /**
     * The most instruments and services a provider may list for its report to be made in one answer; a provider
     * with more is answered 422 {@code report-too-large}.
     */
    @WithDefault("2000")
    int reportMaxListings();

    /** The most providers one assessment scores (and one allocation shares among); more is 422 {@code assessment-too-large}. */
    @WithDefault("5000")
    int assessmentMaxProviders();
}
