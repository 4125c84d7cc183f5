package io.deltashare.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens the edge has verified, remembered until they expire (never longer than {@code gateway.token-cache-ttl}),
 * so a client's following requests skip the signature check and JSON parsing, which are most of the gateway's work per
 * request. Only what verification decided is kept: a changed token is a different key, an expired one is dropped, and
 * every service verifies the token again itself.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Who a verified token speaks for, until when. */
    record Verified(EdgeProxy.Caller caller, Instant expiresAt) {
    }

    private final Cache<String, Verified> cache;
    private final Duration longest;
    private final Clock clock;

    VerifiedTokens(GatewayConfig config, Clock clock) {
        this.longest = config.tokenCacheTtl();
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(config.tokenCacheSize()).expireAfter(new Expiry<String, Verified>() {
            @Override
            public long expireAfterCreate(String token, Verified verified, long now) {
                return Math.max(0, Duration.between(clock.instant(), verified.expiresAt()).toNanos());
            }

            @Override
            public long expireAfterUpdate(String token, Verified verified, long now, long current) {
                return expireAfterCreate(token, verified, now);
            }

            @Override
            public long expireAfterRead(String token, Verified verified, long now, long current) {
                return current;
            }
        }).build();
    }

    /** The caller of an {@code Authorization} header verified before and not yet expired. */
    Optional<EdgeProxy.Caller> lookup(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Verified verified = cache.getIfPresent(authorization);
        return verified != null && verified.expiresAt().isAfter(clock.instant()) ? Optional.of(verified.caller())
                : Optional.empty();
    }

    /** Remembers a header whose token Quarkus OIDC has just verified as {@code identity}. */
    void remember(String authorization, SecurityIdentity identity, EdgeProxy.Caller caller) {
        if (authorization != null && identity.getPrincipal() instanceof JsonWebToken token
                && token.getExpirationTime() > 0) {
            Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
            Instant cap = clock.instant().plus(longest);
            cache.put(authorization, new Verified(caller, expires.isBefore(cap) ? expires : cap));
        }
    }
}
