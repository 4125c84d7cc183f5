package io.deltashare.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the shared plumbing; see {@code META-INF/microprofile-config.properties} of this module. */
@ConfigMapping(prefix = "deltashare")
public interface PlatformConfig {

    /** The service name: CloudEvents {@code source} of what it publishes and its consumer-group name. */
    @WithName("service-name")
    @WithDefault("${quarkus.application.name}")
    String serviceName();

    Outbox outbox();

    Inbox inbox();

    Security security();

    /** The transactional outbox relay. */
    interface Outbox {

        /** Whether this instance runs the relay (one replica at a time publishes, guarded by an advisory lock). */
        @WithDefault("true")
        boolean relayEnabled();

        /** Rows published per pass. */
        @WithDefault("200")
        int batchSize();

        /** Longest wait for a NOTIFY before the relay looks for pending rows anyway. */
        @WithDefault("PT1S")
        java.time.Duration pollInterval();

        /**
         * How long the relay waits after a NOTIFY before it reads, so that the commits close behind are published in
         * the same batch: under load, fewer and fuller batches (one read, one mark, one wait for Kafka each).
         */
        @WithDefault("PT0.01S")
        java.time.Duration linger();

        /** Longest pause between retries after a failed publication. */
        @WithDefault("PT30S")
        java.time.Duration maxBackoff();
    }

    /** Idempotent consumers. */
    interface Inbox {

        /** Attempts to apply an event before it goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        /** Pause after the first failed attempt; doubled after each further failure. */
        @WithDefault("PT0.2S")
        java.time.Duration retryBackoff();
    }

    /** Bearer-token authentication. */
    interface Security {

        /** How many verified tokens each instance remembers at most (see RememberingBearerMechanism). */
        @WithDefault("10000")
        long tokenMemorySize();

        /** The longest a verified token is remembered; never past its own expiry. */
        @WithDefault("PT5M")
        java.time.Duration tokenMemoryTtl();
    }
}
