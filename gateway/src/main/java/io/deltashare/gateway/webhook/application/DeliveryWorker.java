package io.deltashare.gateway.webhook.application;

import io.deltashare.gateway.webhook.domain.Backoff;
import io.deltashare.gateway.webhook.domain.DeliveryStatus;
import io.deltashare.gateway.webhook.domain.WebhookSignature;
import io.deltashare.gateway.webhook.persistence.AttemptEntity;
import io.deltashare.gateway.webhook.persistence.AttemptRepository;
import io.deltashare.gateway.webhook.persistence.DeliveryEntity;
import io.deltashare.gateway.webhook.persistence.DeliveryRepository;
import io.deltashare.gateway.webhook.persistence.SubscriptionEntity;
import io.deltashare.gateway.webhook.persistence.SubscriptionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries: claims a batch (row locks skipped by other replicas, and a lease so a crashed worker's claims
 * come due again), posts each signed body to its endpoint in parallel, and records every attempt. A 2xx delivers;
 * anything else, no answer, or a target that now resolves to a private address is a failure, retried with
 * exponential backoff until the configured number of failures in a row, then given up.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    /** A claimed delivery with what sending it needs. */
    record Claimed(UUID id, String url, String secret, String eventType, String payload) {
    }

    /** What came of one try. */
    record Outcome(Integer statusCode, String error, int durationMs) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final AttemptRepository attempts;
    private final Subscriptions targets;
    private final WebhookConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final HttpClient http;

    DeliveryWorker(DeliveryRepository deliveries, SubscriptionRepository subscriptions, AttemptRepository attempts,
                   Subscriptions targets, WebhookConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.attempts = attempts;
        this.targets = targets;
        this.config = config;
        this.backoff = new Backoff(config.firstRetryAfter(), config.longestRetryAfter(), config.attempts());
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${gateway.webhooks.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        deliverDue();
    }

    /** One pass: sends what is due now; returns how many deliveries were tried. */
    public int deliverDue() {
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        List<CompletableFuture<Outcome>> sent = claimed.stream().map(this::send).toList();
        for (int i = 0; i < claimed.size(); i++) {
            record(claimed.get(i), sent.get(i).join());
        }
        return claimed.size();
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        Instant leaseEnds = now.plus(config.requestTimeout().multipliedBy(3));
        List<Claimed> claimed = new ArrayList<>();
        for (DeliveryEntity delivery : deliveries.lockDue(now, config.batch())) {
            SubscriptionEntity subscription = subscriptions.findById(delivery.subscriptionId);
            if (!subscription.active) {
                // cancelled since it was queued: nothing more goes to that endpoint
                delivery.status = DeliveryStatus.FAILED.name();
                delivery.nextAttemptAt = null;
                continue;
            }
            delivery.nextAttemptAt = leaseEnds;
            claimed.add(new Claimed(delivery.id, subscription.url, subscription.secret, delivery.eventType,
                    delivery.payload));
        }
        return claimed;
    }

    private CompletableFuture<Outcome> send(Claimed delivery) {
        long started = System.nanoTime();
        Optional<String> refused = targets.targets().refusal(delivery.url());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(null, refused.get(), 0));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "DeltaShare-Webhooks/1")
                .header("DeltaShare-Delivery", delivery.id().toString())
                .header("DeltaShare-Event-Type", delivery.eventType())
                .header(WebhookSignature.HEADER,
                        WebhookSignature.header(delivery.secret(), clock.instant().getEpochSecond(), delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            int millis = (int) ((System.nanoTime() - started) / 1_000_000);
            return failure == null ? new Outcome(response.statusCode(), null, millis)
                    : new Outcome(null, describe(failure), millis);
        });
    }

    private void record(Claimed claimed, Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            DeliveryEntity delivery = deliveries.byId(claimed.id()).orElseThrow();
            Instant now = clock.instant();
            delivery.attempts++;
            AttemptEntity attempt = new AttemptEntity();
            attempt.deliveryId = delivery.id;
            attempt.attempt = delivery.attempts;
            attempt.attemptedAt = now;
            attempt.statusCode = outcome.statusCode();
            attempt.error = outcome.error() == null ? null
                    : outcome.error().substring(0, Math.min(outcome.error().length(), 1000));
            attempt.durationMs = outcome.durationMs();
            attempts.persist(attempt);
            if (outcome.delivered()) {
                delivery.status = DeliveryStatus.DELIVERED.name();
                delivery.deliveredAt = now;
                delivery.nextAttemptAt = null;
                delivery.failuresInRow = 0;
            } else if (backoff.triesAgainAfter(++delivery.failuresInRow)) {
                delivery.nextAttemptAt = now.plus(backoff.delayAfter(delivery.failuresInRow));
            } else {
                delivery.status = DeliveryStatus.FAILED.name();
                delivery.nextAttemptAt = null;
                LOG.warnf("webhook delivery %s given up after %d failures in a row", delivery.id, delivery.failuresInRow);
            }
        });
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
