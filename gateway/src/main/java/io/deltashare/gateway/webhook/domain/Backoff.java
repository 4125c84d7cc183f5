package io.deltashare.gateway.webhook.domain;

import java.time.Duration;

/**
 * When to try a failed delivery again: {@code first}, then twice as long after each further failure, never longer
 * than {@code longest}; after {@code attempts} failures in a row the delivery is given up (the partner may redeliver).
 */
public record Backoff(Duration first, Duration longest, int attempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 < first <= longest and at least one attempt");
        }
    }

    /** Whether a delivery that failed {@code failuresInARow} times in a row gets another try. */
    public boolean triesAgainAfter(int failuresInARow) {
        return failuresInARow < attempts;
    }

    /** The wait after the {@code failuresInARow}-th failure in a row (1 for the first). */
    public Duration delayAfter(int failuresInARow) {
        int doublings = Math.min(Math.max(failuresInARow - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
