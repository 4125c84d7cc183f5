package io.deltashare.innovationvoucher;

import io.deltashare.contracts.catalog.Region;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The regions whose bureaus issue innovation vouchers on DeltaShare. Today the four Yangtze River Delta provinces;
 * widening 通用通兑 "to a larger area" is this setting plus the new bureau's officers in Keycloak, not a code change.
 * Firms and providers may be at home anywhere: this list only says who runs voucher programs.
 */
@ApplicationScoped
public class IssuingRegions {

    /** {@code voucher.issuing-regions}: ISO 3166-2 codes, comma-separated. */
    @ConfigMapping(prefix = "voucher")
    public interface Settings {
        @WithDefault("CN-SH,CN-JS,CN-ZJ,CN-AH")
        List<String> issuingRegions();
    }

    private final List<Region> regions;

    IssuingRegions(Settings settings) {
        this.regions = settings.issuingRegions().stream().map(Region::ofCode).toList();
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
