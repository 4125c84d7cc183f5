package io.deltashare.notification.notice.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before trying again after failures in a row: {@code first}, doubling with each failure after it,
 * never longer than {@code longest}.
 */
public record Backoff(Duration first, Duration longest) {

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff waits a positive time, the longest at least the first");
        }
    }

    /**
     * When to try again after the {@code failures}-th failure in a row, if at all: never once {@code maxAttempts}
     * attempts have failed.
     */
    public Optional<Duration> retryAfter(int failures, int maxAttempts) {
        return failures >= maxAttempts ? Optional.empty() : Optional.of(after(failures));
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("a backoff follows a failure");
        }
        int doublings = Math.min(failures - 1, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
