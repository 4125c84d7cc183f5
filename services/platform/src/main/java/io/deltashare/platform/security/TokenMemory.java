package io.deltashare.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What was learned from bearer tokens that passed verification, kept until each token expires (never longer than
 * {@code longest}), so a client's following requests with the same token skip the signature check and the JSON
 * parsing. Only a verified token is remembered: a token changed in any character is a different key and is verified
 * afresh, an expired one is forgotten.
 *
 * @param <T> what a verified token stands for here (an identity, a caller)
 */
public final class TokenMemory<T> {

    private record Entry<T>(T value, Instant expiresAt) {
    }

    private final Cache<String, Entry<T>> cache;
    private final Duration longest;
    private final Clock clock;

    public TokenMemory(long size, Duration longest, Clock clock) {
        this.longest = longest;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(size).expireAfter(new Expiry<String, Entry<T>>() {
            @Override
            public long expireAfterCreate(String token, Entry<T> entry, long now) {
                return Math.max(0, Duration.between(clock.instant(), entry.expiresAt()).toNanos());
            }

            @Override
            public long expireAfterUpdate(String token, Entry<T> entry, long now, long current) {
                return expireAfterCreate(token, entry, now);
            }

            @Override
            public long expireAfterRead(String token, Entry<T> entry, long now, long current) {
                return current;
            }
        }).build();
    }

    /** What the token in this {@code Authorization} header stood for, if it was verified and has not expired. */
    public Optional<T> lookup(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Entry<T> entry = cache.getIfPresent(authorization);
        return entry != null && entry.expiresAt().isAfter(clock.instant()) ? Optional.of(entry.value()) : Optional.empty();
    }

    /**
     * Remembers what a just-verified token stands for, until {@code expiresAtEpochSecond} (its {@code exp}) or
     * {@code longest} from now, whichever comes first; a token without an expiry is not remembered.
     */
    public void remember(String authorization, long expiresAtEpochSecond, T value) {
        if (authorization == null || expiresAtEpochSecond <= 0) {
            return;
        }
        Instant expires = Instant.ofEpochSecond(expiresAtEpochSecond);
        Instant cap = clock.instant().plus(longest);
        cache.put(authorization, new Entry<>(value, expires.isBefore(cap) ? expires : cap));
    }
}
