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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final PartnerLinks links;
    private final WebhookConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final HttpClient http;

    DeliveryWorker(DeliveryRepository deliveries, SubscriptionRepository subscriptions, AttemptRepository attempts,
                   Subscriptions targets, PartnerLinks links, WebhookConfig config, Clock clock, Vertx vertx) {
        this.deliveries = deliveries;
        this.links = links;
        this.subscriptions = subscriptions;
        this.attempts = attempts;
        this.targets = targets;
        this.config = config;
        this.backoff = new Backoff(config.firstRetryAfter(), config.longestRetryAfter(), config.attempts());
        this.clock = clock;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.requestTimeout().toMillis()).setVerifyHost(true).setForceSni(true)
                .setKeepAlive(false).setMaxPoolSize(64));
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
        for (DeliveryEntity delivery : deliveries.lockDue(now, config.batch(), config.maxPerHostPerPass())) {
            SubscriptionEntity subscription = subscriptions.findById(delivery.subscriptionId);
            if (!subscription.active) {
                // cancelled since it was queued: nothing more goes to that endpoint
                delivery.status = DeliveryStatus.FAILED.name();
                delivery.nextAttemptAt = null;
                continue;
            }
            Optional<Boolean> linked = linked(subscription.clientId, delivery.firmId);
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
            claimed.add(new Claimed(delivery.id, subscription.url, subscription.secret, delivery.eventType,
                    delivery.payload));
        }
        return claimed;
    }

    private Optional<Boolean> linked(String partnerClientId, UUID firm) {
        try {
            return Optional.of(links.of(partnerClientId).contains(firm));
        } catch (PartnerLinks.Unavailable e) {
            LOG.warnf("webhook deliveries of %s wait: %s (%s)", partnerClientId, e.getMessage(), e.getCause());
            return Optional.empty();
        }
    }

    /**
     * Posts the signed body to the address the target check resolved, never resolving the host again (so DNS
     * rebinding between check and connection cannot reach an inner address), with the host name for the
     * {@code Host} header, SNI and certificate verification. Redirects are not followed.
     */
    private CompletableFuture<Outcome> send(Claimed delivery) {
        long started = System.nanoTime();
        WebhookTargets.Target target;
        try {
            target = targets.targets().check(delivery.url());
        } catch (WebhookTargets.Refused refused) {
            return CompletableFuture.completedFuture(new Outcome(null, refused.getMessage(), 0));
        }
        String host = target.uri().getHost().replace("[", "").replace("]", "");
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/"
                : target.uri().getRawPath();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(host).setPort(target.port()).setSsl(target.https())
                .setURI(target.uri().getRawQuery() == null ? path : path + "?" + target.uri().getRawQuery())
                .setFollowRedirects(false).setIdleTimeout(config.requestTimeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "DeltaShare-Webhooks/1")
                .putHeader("DeltaShare-Delivery", delivery.id().toString())
                .putHeader("DeltaShare-Event-Type", delivery.eventType())
                .putHeader(WebhookSignature.HEADER,
                        WebhookSignature.header(delivery.secret(), clock.instant().getEpochSecond(), delivery.payload()));
        return http.request(request)
                .compose(sending -> sending.send(delivery.payload()))
                .compose(answer -> answer.body().map(ignored -> answer.statusCode()))
                .toCompletionStage().toCompletableFuture()
                .handle((status, failure) -> {
                    int millis = (int) ((System.nanoTime() - started) / 1_000_000);
                    return failure == null ? new Outcome(status, null, millis)
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
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
