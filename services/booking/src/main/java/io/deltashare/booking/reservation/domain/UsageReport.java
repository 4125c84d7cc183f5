package io.deltashare.booking.reservation.domain;

import java.time.Instant;

/**
 * The provider's report of the actual usage: when it was made, whether it goes beyond what was booked (then only the
 * firm's acceptance makes it final), and the firm's dispute of it, if any.
 */
public record UsageReport(Instant reportedAt, boolean firmConsentRequired, String dispute) {

    UsageReport disputed(String reason) {
        return new UsageReport(reportedAt, firmConsentRequired, reason);
    }
}
