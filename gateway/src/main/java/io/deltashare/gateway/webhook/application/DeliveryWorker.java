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
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        deliverDue();
    }

    /** One pass: sends what is due now; returns how many deliveries were tried. */
    public int deliverDue() {
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        List<CompletableFuture<WebhookPoster.Answer>> sent =
                claimed.stream().map(this::send).toList();
        for (int i = 0; i < claimed.size(); i++) {
            record(claimed.get(i), sent.get(i).join());
        }
        return claimed.size();
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        Instant leaseEnds = now.plus(config.requestTimeout().multipliedBy(3));
        List<Claimed> claimed = new ArrayList<>();
        for (DeliveryEntity delivery : deliveries.lockDue(now, config.batch(), config.maxPerHostPerPass())) {
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
        return claimed;
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
