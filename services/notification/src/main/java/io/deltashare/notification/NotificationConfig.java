package io.deltashare.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Settings of the notification service. */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /** The sender of every e-mail, e.g. {@code DeltaShare <noreply@deltashare.io>}. */
    @WithDefault("DeltaShare 长三角仪器共享 <noreply@deltashare.io>")
    String from();

    /** Where links in e-mails point: the platform's public address. */
    @WithDefault("http://localhost:8080")
    String platformUrl();

    /** The language of people whose account names none ({@code zh} or {@code en}). */
    @WithDefault("zh")
    String defaultLocale();

    /** How often the dispatcher looks for notices to address and e-mails to send. */
    @WithDefault("2s")
    Duration dispatchEvery();

    /**
     * How long a batch of e-mails keeps handing them to the mail server before it commits; the rest stay due for the
     * next batch. A batch sends at least one. Well under the transaction's timeout (60 s), whose rollback would send
     * the e-mails already taken again.
     */
    @WithDefault("20s")
    Duration sendingBudget();

    /** Retries of an e-mail the mail server refused or could not take. */
    Retries retries();

    interface Retries {
        /** Attempts before an e-mail is given up ({@code FAILED} in the delivery log). */
        @WithDefault("8")
        int maxAttempts();

        /** The wait after the first failure; it doubles with each failure after it. */
        @WithDefault("30s")
        Duration firstDelay();

        /** The longest wait between two attempts (also for finding a notice's recipients). */
        @WithDefault("1h")
        Duration longestDelay();
    }

    /** Reminders and warnings from the service's own copies of bookings and vouchers. */
    Reminders reminders();

    interface Reminders {
        /** How often the reminder job runs. */
        @WithDefault("1m")
        Duration every();

        /** How long before a confirmed booking's start its firm is reminded (the day before). */
        @WithDefault("24h")
        Duration bookingAhead();

        /** Days before a voucher's expiry its firm is warned, each once. */
        @WithDefault("30,7")
        List<Integer> voucherExpiryDays();

        /**
         * How long a completed booking paid partly by a voucher waits for the voucher's redemption, so that its
         * e-mail can say the voucher's share; after that it is sent without it.
         */
        @WithDefault("10m")
        Duration voucherShareWait();
    }

    /** How the service reaches Keycloak's Admin API to find who should hear of a notice, as its service account. */
    Keycloak keycloak();

    interface Keycloak {
        /** Keycloak's base URL, e.g. {@code http://localhost:8180}. */
        String url();

        @WithDefault("deltashare")
        String realm();

        @WithDefault("deltashare-notification")
        String clientId();

        /** From the environment ({@code NOTIFICATION_KEYCLOAK_CLIENT_SECRET}), never from a file in the repository. */
        String clientSecret();
    }
}
