package io.deltashare.booking;

import io.deltashare.booking.reservation.domain.HoardingRules;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the booking service. */
@ConfigMapping(prefix = "booking")
public interface BookingConfig {

    /** Share of the fee, in percent, that a firm owes when it does not come to a confirmed slot. */
    @WithDefault("100")
    int noShowChargePercent();

    /** The most new bookings the writer commits in one transaction (see BookingWriter). */
    @WithDefault("64")
    int largestWriteGroup();

    /**
     * Writer threads committing groups side by side: a second fills its group while the first waits for its
     * commit. On two cores one writer was as fast as two and cheaper (bigger groups); more may pay off where the
     * database's commits, not the cores, are the limit.
     */
    @WithDefault("1")
    int writers();

    /** Limits on holding an instrument's calendar (see HoardingRules). */
    Hoarding hoarding();

    /** How far ahead, how many slots at once, how many free cancellations. */
    interface Hoarding {

        /** How far ahead a slot may start. */
        @WithDefault("P90D")
        java.time.Duration horizon();

        /** The most future slots of one instrument one firm holds at once (requested, awaiting approval or confirmed). */
        @WithDefault("20")
        int maxActivePerInstrument();

        /** The most free-of-charge cancellations of one instrument's slots by one firm within the window. */
        @WithDefault("10")
        int maxFreeCancellations();

        /** The window free cancellations are counted over. */
        @WithDefault("P30D")
        java.time.Duration cancellationWindow();

        /** These settings as the rule that applies them. */
        default HoardingRules rules() {
            return new HoardingRules(horizon(), maxActivePerInstrument(), maxFreeCancellations(), cancellationWindow());
        }
    }

    /** How long a booking waits for the voucher service's answer (see VoucherAnswerTimeouts). */
    VoucherAnswer voucherAnswer();

    /** Waiting for the voucher's hold or refusal. */
    interface VoucherAnswer {

        /** Without an answer for this long, the booking asks again (the voucher side answers a repeat the same way). */
        @WithDefault("PT2M")
        java.time.Duration askAgainAfter();

        /** Without an answer for this long after booking, the booking is rejected and its time is free again. */
        @WithDefault("PT10M")
        java.time.Duration giveUpAfter();

        /** How often waiting bookings are looked at. */
        @WithDefault("PT10S")
        java.time.Duration checkEvery();
    }
}
