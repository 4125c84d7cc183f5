package io.deltashare.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of the gateway: where each service listens, how long to wait for it, and the rate-limit tiers. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URL of each service by name: instrument-catalog, booking, innovation-voucher, settlement, membership,
     * insight, notification. */
    Map<String, String> upstream();

    /** How long to wait for a service to connect. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may stay silent before the caller gets a 503. */
    @WithDefault("15s")
    Duration upstreamTimeout();

    /**
     * The largest request body passed on; a larger declared {@code Content-Length} is 413 at once, and a body sent
     * without one meets each service's own limit of the same size.
     */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /** The largest upload passed on: a deliverable of an order, sent as the raw file (see {@code Routes.isUpload}). */
    @WithDefault("51M")
    MemorySize maxUploadSize();

    /** How long {@code /openapi} documents that every service answered are served from memory. */
    @WithDefault("60s")
    Duration apiDocsCacheFor();

    /** The longest a verified token is remembered (never past its own expiry). */
    @WithDefault("5m")
    Duration tokenCacheTtl();

    /** How many verified tokens are remembered at most. */
    @WithDefault("100000")
    long tokenCacheSize();

    /**
     * Where the access log goes as JSON lines, written in batches; without it, the access log is a log category
     * ({@code io.deltashare.gateway.access}) like any other.
     */
    Optional<Path> accessLogFile();

    /** The access-log file is rotated (and the rotated one compressed) before it grows past this size. */
    @WithDefault("64M")
    MemorySize accessLogRotateSize();

    /** ... or once it is this old. */
    @WithDefault("1d")
    Duration accessLogRotateAge();

    /** The disk the access-log file and its compressed rotations may use together; the oldest go first. */
    @WithDefault("1G")
    MemorySize accessLogDiskBudget();

    RateLimit rateLimit();

    Dashboard dashboard();

    /** The dashboard at {@code /dashboard/}: whom it signs bureau officers in with (OIDC code flow with PKCE). */
    interface Dashboard {

        /**
         * The realm's issuer as a browser reaches it, e.g. {@code https://id.deltashare.example.cn/realms/deltashare}
         * (the services may reach Keycloak under another name).
         */
        String issuer();

        /** The realm's public client for the dashboard (PKCE S256, redirect URI {@code <gateway>/dashboard/}). */
        @WithDefault("deltashare-web")
        String clientId();
    }

    /** Token buckets per caller; a tier is a number of requests per period. */
    interface RateLimit {

        /**
         * Tiers by name; {@code standard} and {@code partner} must exist, and {@code unverified}, the budget per client
         * address of requests that bring no valid token.
         */
        Map<String, Tier> tiers();

        /**
         * Which tier a caller gets, by client id, organization alias or user name; everyone else gets
         * {@code partner} with the partner role and {@code standard} otherwise.
         */
        Map<String, String> assignments();
    }

    /** {@code capacity} requests, refilled evenly over {@code period}. */
    interface Tier {
        long capacity();

        @WithDefault("1m")
        Duration period();
    }
}
