package io.deltashare.gateway.webhook.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks are delivered: retries, timeouts, and (tests only) whether loopback receivers are allowed. */
@ConfigMapping(prefix = "gateway.webhooks")
public interface WebhookConfig {

    /** Lets plain-HTTP loopback targets through; only the test profile sets it. */
    @WithDefault("false")
    boolean allowLoopback();

    /** The wait after the first failure; it doubles after each further one. */
    @WithDefault("10s")
    Duration firstRetryAfter();

    /** The longest wait between two tries. */
    @WithDefault("1h")
    Duration longestRetryAfter();

    /** Failures in a row after which a delivery is given up (the partner can redeliver it). */
    @WithDefault("10")
    int attempts();

    /** How long a receiver may take to answer. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How often the worker looks for due deliveries (read by the scheduler's {@code every} expression). */
    @WithDefault("1s")
    Duration pollEvery();

    /** How long a partner's links read from Keycloak are trusted before they are read again. */
    @WithDefault("30s")
    Duration linksFreshFor();

    /** The gateway's own Keycloak client, whose service account reads partner clients' links. */
    @WithDefault("deltashare-gateway")
    String linksClientId();

    /** Its secret (a Kubernetes Secret in production). */
    String linksClientSecret();

    /** The most active subscriptions one partner client may have. */
    @WithDefault("10")
    int maxSubscriptionsPerClient();

    /**
     * The most deliveries one worker pass sends to one host (a pass waits for all it sent, so this bounds the
     * deliveries in flight to a host from one gateway replica).
     */
    @WithDefault("4")
    int maxPerHostPerPass();

    /** How long finished deliveries (and their attempts) stay readable in the delivery log. */
    @WithDefault("P30D")
    Duration keepFor();

    /** How many due deliveries one worker pass takes. */
    @WithDefault("20")
    int batch();
}
