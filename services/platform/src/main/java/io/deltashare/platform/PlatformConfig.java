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

    Retention retention();

    Simulation simulation();

    /**
     * The simulated clock of {@code deploy/simulation}: when on, the service's clock is a {@link
     * io.deltashare.platform.time.SimulatedClock} an admin sets through {@code PUT /api/v1/simulation/clock}, so a
     * year of the programme plays in minutes. Off unless {@code DELTASHARE_SIMULATION_ENABLED=true}; no production
     * manifest sets it ({@code DeploymentFilesTest} checks), and a service that has it on says so at start.
     */
    interface Simulation {

        @WithDefault("false")
        boolean enabled();
    }

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

    /** Idempotent consumers (see InboxConsumer and EventConsumers). */
    interface Inbox {

        /**
         * Attempts of a handler that fails while the database answers before its event is dead-lettered. Failures
         * from an infrastructure fault or a shutdown never count.
         */
        @WithDefault("3")
        int maxAttempts();

        /** Pause after the first failure of a record; doubled after each further one. */
        @WithDefault("PT0.2S")
        java.time.Duration retryBackoff();

        /** The longest pause between two tries of a record (while the database or broker is away). */
        @WithDefault("PT30S")
        java.time.Duration maxBackoff();

        /**
         * How often the consumer commits its settled offsets while records flow; at a revocation and at the stop it
         * always does. Committing after every poll cost a round trip to the broker per one or two records. An event
         * applied but not committed yet is delivered again after a crash, and the inbox finds it applied.
         */
        @WithDefault("PT1S")
        java.time.Duration commitInterval();

        /** Records fetched per poll. */
        @WithDefault("100")
        int maxPollRecords();

        /**
         * How long the group waits for a consumer that stopped heartbeating (killed, or its machine gone) before its
         * partitions go to another: the pause in consumption a crash causes. Kafka's default is 45 s.
         */
        @WithDefault("PT10S")
        java.time.Duration sessionTimeout();

        /** How long shutdown waits for the record in hand before the persistence unit closes. */
        @WithDefault("PT15S")
        java.time.Duration stopTimeout();
    }

    /** Bearer-token authentication. */
    interface Security {

        /** How many verified tokens each instance remembers at most (see RememberingBearerMechanism). */
        @WithDefault("10000")
        long tokenMemorySize();

        /** The longest a verified token is remembered; never past its own expiry. */
        @WithDefault("PT5M")
        java.time.Duration tokenMemoryTtl();

        /**
         * The consent scope a partner client needs from a firm to act for it in this service: {@code book} in booking,
         * {@code vouchers} in innovation-voucher, {@code statements} in settlement (see {@link
         * io.deltashare.contracts.membership.PartnerScope}). Unset, any grant counts: the gateway lists a partner's
         * webhooks for every firm that granted it anything.
         */
        java.util.Optional<String> partnerScope();
    }

    /**
     * How long the plumbing keeps what it no longer needs (see {@code Retention}). The inbox must remember an event id
     * longer than any copy of the event can come again: the topics keep records 7 days and their dead-letter topics
     * 30, so the inbox keeps 60.
     */
    interface Retention {

        @WithDefault("PT1H")
        java.time.Duration every();

        /** Idempotency-Key records: a client retries within minutes, not weeks. */
        @WithDefault("P7D")
        java.time.Duration idempotencyKeys();

        /** Inbox rows (event ids already applied). */
        @WithDefault("P60D")
        java.time.Duration inbox();

        /** Outbox rows once sent to Kafka. */
        @WithDefault("P7D")
        java.time.Duration sentOutbox();

        /** Dead letters replayed or discarded; pending ones are kept until someone decides. */
        @WithDefault("P90D")
        java.time.Duration resolvedDeadLetters();

        /** Rows deleted per statement, each in a short transaction of its own. */
        @WithDefault("1000")
        int batch();
    }
}
