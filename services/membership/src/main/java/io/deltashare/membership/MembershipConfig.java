package io.deltashare.membership;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Settings of the membership service. */
@ConfigMapping(prefix = "membership")
public interface MembershipConfig {

    /**
     * The regions whose science bureau reviews the firms at home there (the voucher issuers, today the four Yangtze
     * River Delta provinces). A firm from any other region is reviewed by the platform admin.
     */
    @WithDefault("CN-SH,CN-JS,CN-ZJ,CN-AH")
    List<String> bureauRegions();

    /** Partner onboarding. */
    Partners partners();

    interface Partners {
        /** Where a partner gets tokens, as partners reach it; shown with each new secret. */
        @WithDefault(
                "${membership.keycloak.url}/realms/${membership.keycloak.realm:deltashare}/protocol/openid-connect/token")
        String tokenUrl();
    }

    /** How the service reaches Keycloak's Admin API, as its own confidential client (a service account). */
    Keycloak keycloak();

    interface Keycloak {
        /** Keycloak's base URL, e.g. {@code http://localhost:8180}. */
        String url();

        @WithDefault("deltashare")
        String realm();

        @WithDefault("deltashare-membership")
        String clientId();

        /** From the environment ({@code MEMBERSHIP_KEYCLOAK_CLIENT_SECRET}), never from a file in the repository. */
        String clientSecret();
    }
}
