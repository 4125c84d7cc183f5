package io.deltashare.gateway.webhook.application;

import io.deltashare.contracts.webhook.WebhookEvents;
import io.deltashare.gateway.webhook.domain.WebhookTargets;
import io.deltashare.gateway.webhook.persistence.SubscriptionEntity;
import io.deltashare.gateway.webhook.persistence.SubscriptionRepository;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Violation;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Partner clients register, list and cancel their webhook endpoints; each sees only its own. */
@ApplicationScoped
public class Subscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** What a partner asks for: where to send, and which event types. */
    @Schema(
            examples = "{\"url\":\"https://portal.example.cn/deltashare/events\",\"eventTypes\":"
                    + "[\"io.deltashare.booking.BookingConfirmed.v1\",\"io.deltashare.instrumentcatalog.InstrumentListed.v1\"],"
                    + "\"regions\":[\"CN-SH\",\"CN-JS\"],\"categories\":[\"electron-microscopy\"]}")
    public record NewSubscription(
            @Size(max = 2048) String url,
            @Size(max = 40) List<@Size(max = 100) String> eventTypes,

            @Schema(description = "Catalog events only from these regions (ISO 3166-2); absent or empty: all")
            @Size(max = 10)
            List<@Size(max = 6) String> regions,

            @Schema(description = "Catalog events only of these categories; absent or empty: all") @Size(max = 20)
            List<@Size(max = 100) String> categories) {}

    private final SubscriptionRepository subscriptions;
    private final WebhookTargets targets;
    private final int maxPerClient;
    private final Clock clock;

    Subscriptions(SubscriptionRepository subscriptions, WebhookConfig config, Clock clock) {
        this.subscriptions = subscriptions;
        this.targets = new WebhookTargets(config.allowLoopback(), InetAddress::getAllByName);
        this.maxPerClient = config.maxSubscriptionsPerClient();
        this.clock = clock;
    }

    /** The target rules, for the worker to check again before each delivery (DNS may have changed). */
    public WebhookTargets targets() {
        return targets;
    }

    /**
     * Registers an endpoint for the calling partner client's events (about the firms it is linked to at each
     * delivery); the answer holds the signing secret, which is never shown again. A client has at most
     * {@code gateway.webhooks.max-subscriptions-per-client} active subscriptions, counted under a lock per client.
     */
    @Transactional
    public SubscriptionView register(NewSubscription request, Caller caller, String clientId) {
        List<Violation> errors = new ArrayList<>();
        targets.refusal(request.url()).ifPresent(why -> errors.add(new Violation("url", why)));
        List<String> types =
                request.eventTypes() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.eventTypes()));
        if (types.isEmpty()) {
            errors.add(new Violation("eventTypes", "name at least one of " + WebhookEvents.TYPES));
        }
        types.stream()
                .filter(type -> !WebhookEvents.TYPES.contains(type))
                .forEach(type -> errors.add(
                        new Violation("eventTypes", "unknown event type " + type + "; one of " + WebhookEvents.TYPES)));
        List<String> regions = distinct(request.regions());
        List<String> categories = distinct(request.categories());
        regions.stream()
                .filter(region -> !REGION.matcher(region).matches())
                .forEach(region ->
                        errors.add(new Violation("regions", region + " is not an ISO 3166-2 code such as CN-SH")));
        categories.stream()
                .filter(category -> !CATEGORY.matcher(category).matches())
                .forEach(category -> errors.add(
                        new Violation("categories", category + " is not a category code such as electron-microscopy")));
        boolean catalog = types.stream().anyMatch(WebhookEvents::isPublic);
        if (!catalog && (!regions.isEmpty() || !categories.isEmpty())) {
            errors.add(new Violation(
                    regions.isEmpty() ? "categories" : "regions",
                    "filters only catalog events; name one in eventTypes"));
        }
        if (!errors.isEmpty()) {
            throw Rejected.invalid(errors);
        }
        if (types.stream().anyMatch(type -> !WebhookEvents.isPublic(type))
                && caller.firmsActedFor().isEmpty()) {
            throw Rejected.forbidden("no firm has granted this client anything, so no firm's event would reach it; "
                    + "catalog events need no grant");
        }
        String client = clientId == null ? caller.subject() : clientId;
        long active = subscriptions.lockAndCountActive(client);
        if (active >= maxPerClient) {
            throw Rejected.conflict(
                    "too-many-subscriptions",
                    "this client has " + active + " active subscriptions, the " + "most allowed (" + maxPerClient
                            + "); cancel one first");
        }
        SubscriptionEntity subscription = new SubscriptionEntity();
        subscription.id = UUID.randomUUID();
        subscription.owner = caller.subject();
        subscription.clientId = client;
        subscription.url = request.url();
        subscription.eventTypes = types;
        subscription.regions = regions;
        subscription.categories = categories;
        subscription.secret = newSecret();
        subscription.active = true;
        subscription.createdAt = clock.instant();
        subscriptions.persist(subscription);
        return SubscriptionView.withSecret(subscription, caller.firmsActedFor());
    }

    @Transactional
    public List<SubscriptionView> list(Caller caller, Cursor after, int limit) {
        return subscriptions.ofOwner(caller.subject(), after, limit).stream()
                .map(s -> SubscriptionView.of(s, caller.firmsActedFor()))
                .toList();
    }

    @Transactional
    public SubscriptionView get(UUID id, Caller caller) {
        return SubscriptionView.of(owned(id, caller), caller.firmsActedFor());
    }

    /** Stops deliveries to the endpoint; its delivery log stays readable. */
    @Transactional
    public SubscriptionView cancel(UUID id, Caller caller) {
        SubscriptionEntity subscription = owned(id, caller);
        if (subscription.active) {
            subscription.active = false;
            subscription.cancelledAt = clock.instant();
        }
        return SubscriptionView.of(subscription, caller.firmsActedFor());
    }

    /** The caller's subscription; another client's is as unknown as a missing one. */
    SubscriptionEntity owned(UUID id, Caller caller) {
        SubscriptionEntity subscription = subscriptions.findById(id);
        if (subscription == null || !subscription.owner.equals(caller.subject())) {
            throw Rejected.notFound("webhook subscription " + id);
        }
        return subscription;
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
