package io.deltashare.gateway.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.gateway.GatewayConfig;
import io.deltashare.platform.time.Clocks;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The dashboard's page is static ({@code META-INF/resources/dashboard}); the gateway tells it where to sign in and
 * which year it is, and keeps it to its own origin and Keycloak's with a content security policy.
 */
@ApplicationScoped
public class Dashboard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GatewayConfig.Dashboard config;
    private final Clock clock;
    private final String policy;

    Dashboard(GatewayConfig config, Clock clock) {
        this.config = config.dashboard();
        this.clock = clock;
        URI issuer = URI.create(this.config.issuer());
        String keycloak = issuer.getScheme() + "://" + issuer.getAuthority();
        this.policy =
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' "
                        + keycloak + "; form-action " + keycloak + "; frame-ancestors 'none'; base-uri 'none'";
    }

    void install(@Observes Router router) {
        router.getWithRegex("/dashboard").handler(context -> context.redirect("/dashboard/"));
        router.route("/dashboard/*").order(-20).handler(this::secured);
        router.get("/dashboard/config.json").handler(this::config);
    }

    private void secured(RoutingContext context) {
        context.response()
                .putHeader("Content-Security-Policy", policy)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer");
        context.next();
    }

    private void config(RoutingContext context) {
        try {
            context.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store")
                    .end(JSON.writeValueAsString(Map.of(
                            "issuer",
                            config.issuer(),
                            "clientId",
                            config.clientId(),
                            "year",
                            LocalDate.now(clock.withZone(Clocks.SHANGHAI)).getYear())));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
