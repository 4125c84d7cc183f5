package io.deltashare.innovationvoucher;

import io.deltashare.contracts.catalog.Region;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions whose bureaus issue innovation vouchers on DeltaShare. Today the four Yangtze River Delta provinces;
 * widening 通用通兑 "to a larger area" is this setting plus the new bureau's officers in Keycloak, not a code change.
 * Firms and providers may be at home anywhere: this list only says who runs voucher programs.
 */
@ApplicationScoped
public class IssuingRegions {

    /**
     * {@code voucher.issuing-regions}: ISO 3166-2 codes, comma-separated. {@code voucher.pilot-localities}: the cities
     * and districts whose own bureaus issue vouchers under their province, each as {@code <region>/<code>} with the
     * locality's administrative division code (GB/T 2260); by default the demonstration zone's 青浦 (310118), 吴江
     * (320509) and 嘉善 (330421), and 马鞍山 (340500).
     */
    @ConfigMapping(prefix = "voucher")
    public interface Settings {
        @WithDefault("CN-SH,CN-JS,CN-ZJ,CN-AH")
        List<String> issuingRegions();

        @WithDefault("CN-SH/310118,CN-JS/320509,CN-ZJ/330421,CN-AH/340500")
        List<String> pilotLocalities();
    }

    private static final Pattern LOCALITY = Pattern.compile("([A-Z]{2}-[A-Z0-9]{1,3})/([0-9]{6})");

    private final List<Region> regions;
    private final Map<String, Region> localities = new TreeMap<>();

    IssuingRegions(Settings settings) {
        this.regions = settings.issuingRegions().stream().map(Region::ofCode).toList();
        for (String entry : settings.pilotLocalities()) {
            Matcher parts = LOCALITY.matcher(entry.strip());
            if (!parts.matches() || !issues(Region.ofCode(parts.group(1)))) {
                throw new IllegalArgumentException("voucher.pilot-localities: " + entry
                        + " is not <issuing region>/<6-digit division code>, such as CN-JS/320509");
            }
            localities.put(parts.group(2), Region.ofCode(parts.group(1)));
        }
    }

    /** Whether {@code locality} is a pilot locality of {@code region}. */
    public boolean hasLocality(Region region, String locality) {
        return region.equals(localities.get(locality));
    }

    /** The pilot localities of {@code region}, by code. */
    public List<String> localitiesOf(Region region) {
        return localities.entrySet().stream()
                .filter(e -> e.getValue().equals(region))
                .map(Map.Entry::getKey)
                .toList();
    }

    public List<Region> all() {
        return regions;
    }

    public boolean issues(Region region) {
        return regions.contains(region);
    }

    /** The list as people read it: {@code CN-SH, CN-JS, CN-ZJ, CN-AH}. */
    public String text() {
        return String.join(", ", regions.stream().map(Region::code).toList());
    }
}
