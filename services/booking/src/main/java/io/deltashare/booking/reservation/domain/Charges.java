package io.deltashare.booking.reservation.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What a firm owes when a booking does not happen: nothing when it cancels until 24 hours before the start (or before
 * a sample order is started), half the fee (rounded down to the fen) after that, and {@code noShowPercent} of the fee
 * when it does not come.
 */
public record Charges(int noShowPercent) {

    public static final Duration FREE_CANCELLATION_NOTICE = Duration.ofHours(24);

    /** The charge for cancelling at {@code now} a booking of {@code feeFen} that starts at {@code start} (null: samples). */
    public long cancellation(long feeFen, Instant start, Instant now) {
        if (start == null || !now.isAfter(start.minus(FREE_CANCELLATION_NOTICE))) {
            return 0;
        }
        return feeFen / 2;
    }

    public long noShow(long feeFen) {
        return feeFen * noShowPercent / 100;
    }
}
