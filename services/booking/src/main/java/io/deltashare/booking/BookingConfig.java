package io.deltashare.booking;

import io.deltashare.booking.reservation.domain.CompletionRules;
import io.deltashare.booking.reservation.domain.HoardingRules;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

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

    /**
     * How long a one-click booking ({@code "voucher": "auto"}) waits for its voucher's answer before it answers as it
     * stands (still {@code REQUESTED}); normally the answer takes a fraction of a second, a few seconds on a loaded
     * two-core test machine.
     */
    @WithDefault("PT10S")
    java.time.Duration oneClickAnswerWait();

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

    /** Bounds on starting and completing a booking, and the firm's dispute window (see CompletionRules). */
    Completion completion();

    /** What a provider may report, and for how long the firm may dispute it. */
    interface Completion {

        /** How long before its slot a booking can be started. */
        @WithDefault("PT30M")
        java.time.Duration startBeforeSlot();

        /**
         * How long before its slot a booking's usage can be reported: zero, once the slot has begun. Only a system
         * that plays whole bookings in minutes (the end-to-end suites) sets more.
         */
        @WithDefault("PT0S")
        java.time.Duration reportBeforeSlot();

        /** How far the reported minutes may exceed the booked ones before the firm's acceptance is needed. */
        @WithDefault("PT30M")
        java.time.Duration overrun();

        /** How long the firm may dispute reported usage; usage within bounds stands after it. */
        @WithDefault("P3D")
        java.time.Duration disputeWindow();

        /** How often reports whose dispute window has passed are made final. */
        @WithDefault("PT1M")
        java.time.Duration checkEvery();

        /** These settings as the rule that applies them. */
        default CompletionRules rules() {
            return new CompletionRules(startBeforeSlot(), reportBeforeSlot(), overrun(), disputeWindow());
        }
    }

    /** How long a booking waits for the voucher service's answer (see VoucherAnswerTimeouts). */
    VoucherAnswer voucherAnswer();

    Deliverables deliverables();

    /** How long a firm may change a rating after giving it (用户评价); final afterwards. */
    @WithName("ratings.editable-for")
    @WithDefault("P14D")
    java.time.Duration ratingsEditableFor();

    /** Files the providers deliver against orders. */
    interface Deliverables {

        /**
         * The largest deliverable, in bytes (50 MiB); {@code quarkus.http.limits.max-body-size} lets a body of this size
         * through, and JSON bodies stay limited by {@code JsonLimits}.
         */
        @WithDefault("52428800")
        long maxBytes();

        /** Where their bytes are kept: {@code postgres} (this service's database) or {@code s3}. */
        @WithDefault("postgres")
        String store();

        /** The object store, when {@code store} is {@code s3}. */
        S3 s3();
    }

    /**
     * An S3-compatible object store for deliverables (Amazon S3, or MinIO, Ceph RGW and others behind an endpoint of
     * their own), reached with the AWS SDK for Java 2.x.
     */
    interface S3 {

        /** The store's endpoint, such as {@code https://minio.internal:9000}; absent: Amazon S3 in {@code region}. */
        java.util.Optional<java.net.URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        @WithDefault("deltashare-deliverables")
        String bucket();

        /** Path-style addresses ({@code endpoint/bucket/key}), which most S3-compatible stores expect. */
        @WithDefault("true")
        boolean pathStyle();

        /**
         * The access key; absent: the SDK's default credentials (environment, web identity of the pod's service
         * account, instance profile).
         */
        java.util.Optional<String> accessKeyId();

        java.util.Optional<String> secretAccessKey();
    }

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
