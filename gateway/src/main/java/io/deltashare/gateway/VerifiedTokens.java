package io.deltashare.gateway;

import io.deltashare.platform.security.TokenMemory;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens the edge has verified, remembered until they expire (never longer than {@code gateway.token-cache-ttl}),
 * so a client's following requests skip the signature check and JSON parsing, which are most of the gateway's work per
 * request, and even Quarkus's security chain. Every service verifies the token again itself.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final TokenMemory<EdgeProxy.RateLimitKey> memory;

    VerifiedTokens(GatewayConfig config, Clock clock) {
        this.memory = new TokenMemory<>(config.tokenCacheSize(), config.tokenCacheTtl(), clock);
    }

    /** The caller of an {@code Authorization} header verified before and not yet expired. */
    Optional<EdgeProxy.RateLimitKey> lookup(String authorization) {
        return memory.lookup(authorization);
    }

    /** Remembers a header whose token Quarkus OIDC has just verified as {@code identity}. */
    void remember(String authorization, SecurityIdentity identity, EdgeProxy.RateLimitKey caller) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            memory.remember(authorization, token.getExpirationTime(), caller);
        }
    }
}
