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

    private record Entry<T>(T value, Instant expiresAt) {}

    /**
     * The whole header is the key, but only its last characters (in a JWT, the end of the signature: random) are
     * hashed. String.hashCode over a kilobyte-long token, recomputed for each request's new header string, was a
     * twentieth of the gateway's CPU. Equality still compares every character, and only verified tokens are ever
     * stored, so a forged token sharing those characters just misses.
     */
    private record Key(String header) {

        private static final int HASHED = 32;

        @Override
        public int hashCode() {
            int hash = header.length();
            for (int i = Math.max(0, header.length() - HASHED); i < header.length(); i++) {
                hash = 31 * hash + header.charAt(i);
            }
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.header.equals(header);
        }
    }

    private final Cache<Key, Entry<T>> cache;
    private final Duration longest;
    private final Clock clock;

    public TokenMemory(long size, Duration longest, Clock clock) {
        this.longest = longest;
        this.clock = clock;
        // upkeep (eviction, expiry) runs on the calling thread, a little at a time, instead of waking a pool thread
        this.cache = Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumSize(size)
                .expireAfter(new UntilTheTokenExpires<T>(clock))
                .build();
    }

    /** An entry lives until its token's expiry, however often it is read. */
    private record UntilTheTokenExpires<T>(Clock clock) implements Expiry<Key, Entry<T>> {

        @Override
        public long expireAfterCreate(Key token, Entry<T> entry, long now) {
            return Math.max(
                    0, Duration.between(clock.instant(), entry.expiresAt()).toNanos());
        }

        @Override
        public long expireAfterUpdate(Key token, Entry<T> entry, long now, long current) {
            return expireAfterCreate(token, entry, now);
        }

        @Override
        public long expireAfterRead(Key token, Entry<T> entry, long now, long current) {
            return current;
        }
    }

    /** What the token in this {@code Authorization} header stood for, if it was verified and has not expired. */
    public Optional<T> lookup(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Entry<T> entry = cache.getIfPresent(new Key(authorization));
        return entry != null && entry.expiresAt().isAfter(clock.instant())
                ? Optional.of(entry.value())
                : Optional.empty();
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
        cache.put(new Key(authorization), new Entry<>(value, expires.isBefore(cap) ? expires : cap));
    }
}
