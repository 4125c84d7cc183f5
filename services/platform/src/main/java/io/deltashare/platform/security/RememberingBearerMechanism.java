package io.deltashare.platform.security;

import io.deltashare.platform.PlatformConfig;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Quarkus OIDC's bearer-token authentication with a memory: the first request with a token is verified by OIDC as
 * always (signature, issuer, audience, expiry), and the identity it yields answers the same token's following requests
 * until the token expires. Verifying a token (an RSA signature check and parsing its JSON twice) was a third of a
 * service's CPU per request. Every token is still verified by the service itself; only the repetition is saved.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberingBearerMechanism implements HttpAuthenticationMechanism {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private final OidcAuthenticationMechanism oidc;
    private final TokenMemory<SecurityIdentity> verified;

    RememberingBearerMechanism(OidcAuthenticationMechanism oidc, PlatformConfig config) {
        this.oidc = oidc;
        // a token's lifetime is real time, which a test that moves the service's (business) clock must not touch
        this.verified = new TokenMemory<>(
                config.security().tokenMemorySize(), config.security().tokenMemoryTtl(), Clock.systemUTC());
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader("Authorization");
        Optional<SecurityIdentity> known = verified.lookup(authorization);
        if (known.isPresent()) {
            // the identity names the request it was built for; this one is another
            return Uni.createFrom()
                    .item(QuarkusSecurityIdentity.builder(known.get())
                            .addAttribute(ROUTING_CONTEXT, context)
                            .build());
        }
        return oidc.authenticate(context, identities).invoke(identity -> {
            if (identity != null && identity.getPrincipal() instanceof JsonWebToken token) {
                verified.remember(authorization, token.getExpirationTime(), identity);
            }
        });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }
}
