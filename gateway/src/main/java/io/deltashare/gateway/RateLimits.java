package io.deltashare.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * One token bucket per caller (client, organization or user), sized by its tier. Buckets live in this gateway
 * replica's memory: with N replicas behind a load balancer a caller gets up to N times its tier, which the README
 * states; a shared limit needs Bucket4j's distributed backends.
 */
@ApplicationScoped
public class RateLimits {

    /** Whether a request may pass, and what to tell the caller about its budget. */
    public record Verdict(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}

    private final GatewayConfig.RateLimit config;
    /**
     * One bucket per caller and tier. A bucket unused for its tier's longest period is full again, so forgetting it
     * then changes nothing and keeps memory bounded however many callers come and go.
     */
    private final Cache<String, Bucket> buckets;

    RateLimits(GatewayConfig config) {
        this.config = config.rateLimit();
        Duration longestPeriod = this.config.tiers().values().stream()
                .map(GatewayConfig.Tier::period)
                .max(Duration::compareTo)
                .orElse(Duration.ofMinutes(1));
        // upkeep runs on the calling event loop a little at a time (never blocking it) instead of waking a pool thread
        this.buckets = Caffeine.newBuilder()
                .executor(Runnable::run)
                .expireAfterAccess(longestPeriod)
                .maximumSize(1_000_000)
                .build();
    }

    /** Takes one token from the caller's bucket. */
    public Verdict take(String caller, String tierName) {
        GatewayConfig.Tier tier = tier(tierName);
        ConsumptionProbe probe = bucket(caller, tierName, tier).tryConsumeAndReturnRemaining(1);
        return verdict(tier, probe);
    }

    /**
     * Whether the caller's bucket has a token left, without taking it: for the per-address limit on requests without a
     * valid token, which is charged only when a request turns out to have none but refuses before the signature check.
     */
    public Verdict peek(String caller, String tierName) {
        GatewayConfig.Tier tier = tier(tierName);
        Bucket bucket = bucket(caller, tierName, tier);
        long available = bucket.getAvailableTokens();
        if (available > 0) {
            return new Verdict(true, tier.capacity(), available, 0, 0);
        }
        long wait = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return new Verdict(false, tier.capacity(), 0, seconds(tier.period().toNanos()), Math.max(1, seconds(wait)));
    }

    private Bucket bucket(String caller, String tierName, GatewayConfig.Tier tier) {
        return buckets.get(
                tierName + "|" + caller,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(tier.capacity())
                                .refillGreedy(tier.capacity(), tier.period())
                                .build())
                        .build());
    }

    private static Verdict verdict(GatewayConfig.Tier tier, ConsumptionProbe probe) {
        long nanosPerToken = tier.period().toNanos() / tier.capacity();
        long untilFull = (tier.capacity() - probe.getRemainingTokens()) * nanosPerToken;
        return new Verdict(
                probe.isConsumed(),
                tier.capacity(),
                probe.getRemainingTokens(),
                seconds(untilFull),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** The tier of a caller known by these names (client id, organization aliases, user name). */
    public String tierOf(List<String> names, boolean partner) {
        return names.stream()
                .map(config.assignments()::get)
                .filter(t -> t != null)
                .findFirst()
                .orElse(partner ? "partner" : "standard");
    }

    private GatewayConfig.Tier tier(String name) {
        GatewayConfig.Tier tier = config.tiers().get(name);
        if (tier == null) {
            throw new IllegalStateException("gateway.rate-limit.tiers." + name + " is not configured");
        }
        return tier;
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
