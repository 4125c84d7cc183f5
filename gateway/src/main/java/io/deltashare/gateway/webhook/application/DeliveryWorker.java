package io.deltashare.gateway.webhook.application;

import io.deltashare.gateway.webhook.domain.Backoff;
import io.deltashare.gateway.webhook.domain.DeliveryStatus;
import io.deltashare.gateway.webhook.domain.WebhookSignature;
import io.deltashare.gateway.webhook.domain.WebhookTargets;
import io.deltashare.gateway.webhook.persistence.AttemptEntity;
import io.deltashare.gateway.webhook.persistence.AttemptRepository;
import io.deltashare.gateway.webhook.persistence.DeliveryEntity;
import io.deltashare.gateway.webhook.persistence.DeliveryRepository;
import io.deltashare.gateway.webhook.persistence.SubscriptionEntity;
import io.deltashare.gateway.webhook.persistence.SubscriptionRepository;
import io.deltashare.gateway.webhook.remote.WebhookPoster;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    record Claimed(UUID id, String url, String secret, String eventType, String payload) {}

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final AttemptRepository attempts;
    private final Subscriptions targets;
    private final PartnerLinks links;
    private final WebhookConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final WebhookPoster poster;
    private volatile boolean stopping;

    DeliveryWorker(
            DeliveryRepository deliveries,
            SubscriptionRepository subscriptions,
            AttemptRepository attempts,
            Subscriptions targets,
            PartnerLinks links,
            WebhookConfig config,
            Clock clock,
            WebhookPoster poster) {
        this.deliveries = deliveries;
        this.links = links;
        this.subscriptions = subscriptions;
        this.attempts = attempts;
        this.targets = targets;
        this.config = config;
        this.backoff = new Backoff(config.firstRetryAfter(), config.longestRetryAfter(), config.attempts());
        this.clock = clock;
        this.poster = poster;
    }

    @Scheduled(
            every = "${gateway.webhooks.poll-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        deliverAllDue();
    }

    /**
     * Passes until one finds nothing due, or the gateway stops; returns how many due deliveries they took. A pass
     * takes a batch and a few per host, so it may leave due deliveries behind: the next pass goes at once rather than
     * a poll later. Each pass moves all it took out of "due now", so the passes end.
     */
    public int deliverAllDue() {
        int taken = 0;
        int tookNow = -1;
        while (tookNow != 0 && !stopping) {
            tookNow = deliverDue();
            taken += tookNow;
        }
        return taken;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * One pass: sends what is due now; returns how many due deliveries it took (sent, withheld or put off). It waits
     * for the answers no longer than the lease, and stops waiting when interrupted (the gateway stopping): what it has
     * not recorded by then stays leased, comes due again when the lease ends, and is sent again.
     */
    public int deliverDue() {
        long leaseEnds = System.nanoTime() + lease().toNanos();
        Pass pass = QuarkusTransaction.requiringNew().call(this::claim);
        List<CompletableFuture<WebhookPoster.Answer>> sent =
                pass.claimed().stream().map(this::send).toList();
        for (int i = 0; i < pass.claimed().size(); i++) {
            Optional<WebhookPoster.Answer> answer = awaitAnswer(sent.get(i), leaseEnds);
            if (answer.isEmpty()) {
                LOG.warnf(
                        "%d webhook deliveries left to their lease: no answer recorded before it ended or the"
                                + " gateway stopped",
                        pass.claimed().size() - i);
                break;
            }
            record(pass.claimed().get(i), answer.get());
        }
        return pass.taken();
    }

    /** What a pass took: how many due deliveries, and those of them it sends now. */
    private record Pass(int taken, List<Claimed> claimed) {}

    /** How long a claimed delivery is the pass's alone: longer than any post takes ({@link WebhookPoster}). */
    private Duration lease() {
        return config.requestTimeout().multipliedBy(3);
    }

    private static Optional<WebhookPoster.Answer> awaitAnswer(
            CompletableFuture<WebhookPoster.Answer> sent, long leaseEndsNanos) {
        try {
            return Optional.of(sent.get(Math.max(0, leaseEndsNanos - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (TimeoutException leaseOver) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a webhook post failed instead of answering", e.getCause());
        }
    }

    private Pass claim() {
        Instant now = clock.instant();
        Instant leaseEnds = now.plus(lease());
        List<Claimed> claimed = new ArrayList<>();
        List<DeliveryEntity> due = deliveries.lockDue(now, config.batch(), config.maxPerHostPerPass());
        for (DeliveryEntity delivery : due) {
            SubscriptionEntity subscription = subscriptions.findById(delivery.subscriptionId);
            if (!subscription.active) {
                // cancelled since it was queued: nothing more goes to that endpoint
                delivery.status = DeliveryStatus.FAILED.name();
                delivery.nextAttemptAt = null;
                continue;
            }
            Optional<Boolean> linked = delivery.firmId == null
                    ? Optional.of(true) // a public catalog event: no grant needed
                    : linked(subscription.clientId, delivery.firmId, delivery.eventType);
            if (linked.isEmpty()) {
                // Keycloak does not say now whom the partner is linked to: not sent, not counted, asked again later
                delivery.nextAttemptAt = now.plus(config.firstRetryAfter());
                continue;
            }
            if (!linked.get()) {
                // the partner lost this firm since the event was queued: it never gets it
                delivery.status = DeliveryStatus.WITHHELD.name();
                delivery.nextAttemptAt = null;
                continue;
            }
            delivery.nextAttemptAt = leaseEnds;
            claimed.add(new Claimed(
                    delivery.id, subscription.url, subscription.secret, delivery.eventType, delivery.payload));
        }
        return new Pass(due.size(), claimed);
    }

    private Optional<Boolean> linked(String partnerClientId, UUID firm, String eventType) {
        try {
            return Optional.of(links.allows(partnerClientId, firm, eventType));
        } catch (PartnerLinks.Unavailable e) {
            LOG.warnf("webhook deliveries of %s wait: %s (%s)", partnerClientId, e.getMessage(), e.getCause());
            return Optional.empty();
        }
    }

    /** Posts the signed body to the target, once the target check passes (see {@link WebhookPoster}). */
    private CompletableFuture<WebhookPoster.Answer> send(Claimed delivery) {
        WebhookTargets.Target target;
        try {
            target = targets.targets().check(delivery.url());
        } catch (WebhookTargets.Refused refused) {
            return CompletableFuture.completedFuture(new WebhookPoster.Answer(null, refused.getMessage(), 0));
        }
        return poster.post(
                target,
                Map.of(
                        "User-Agent",
                        "DeltaShare-Webhooks/1",
                        "DeltaShare-Delivery",
                        delivery.id().toString(),
                        "DeltaShare-Event-Type",
                        delivery.eventType(),
                        WebhookSignature.HEADER,
                        WebhookSignature.header(
                                delivery.secret(), clock.instant().getEpochSecond(), delivery.payload())),
                delivery.payload());
    }

    private void record(Claimed claimed, WebhookPoster.Answer outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            DeliveryEntity delivery = deliveries.byId(claimed.id()).orElseThrow();
            Instant now = clock.instant();
            delivery.attempts++;
            AttemptEntity attempt = new AttemptEntity();
            attempt.deliveryId = delivery.id;
            attempt.attempt = delivery.attempts;
            attempt.attemptedAt = now;
            attempt.statusCode = outcome.statusCode();
            attempt.error = outcome.error() == null
                    ? null
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
                LOG.warnf(
                        "webhook delivery %s given up after %d failures in a row", delivery.id, delivery.failuresInRow);
            }
        });
    }
}
