package io.deltashare.notification.notice.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a firm is warned that its voucher expires: once at each of {@code days} before expiry (30, then 7). A warning
 * missed while the service was down is given late, and only the nearest: a voucher 5 days from expiry that was never
 * warned gets the 7-day warning, not both.
 */
public record ExpiryWarnings(List<Integer> days) {

    public ExpiryWarnings {
        if (days.isEmpty() || days.stream().anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("warnings are a positive number of days before expiry");
        }
        days = days.stream().sorted().toList();
    }

    /** The warning due at {@code now} for a voucher expiring at {@code expiresAt}, given the last one given. */
    public Optional<Integer> due(Instant expiresAt, Instant now, Integer lastWarnedDays) {
        if (!now.isBefore(expiresAt)) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, expiresAt);
        for (int threshold : days) {
            if (left.compareTo(Duration.ofDays(threshold)) <= 0) {
                boolean given = lastWarnedDays != null && lastWarnedDays <= threshold;
                return given ? Optional.empty() : Optional.of(threshold);
            }
        }
        return Optional.empty();
    }
}
