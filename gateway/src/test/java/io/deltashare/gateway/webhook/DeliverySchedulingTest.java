package io.deltashare.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.deltashare.gateway.webhook.application.DeliveryWorker;
import io.deltashare.gateway.webhook.persistence.AttemptRepository;
import io.deltashare.gateway.webhook.persistence.DeliveryEntity;
import io.deltashare.gateway.webhook.persistence.DeliveryRepository;
import io.deltashare.gateway.webhook.persistence.SubscriptionEntity;
import io.deltashare.gateway.webhook.persistence.SubscriptionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which due deliveries a worker pass takes: partners take turns and each host gets a few, so a partner with a
 * backlog (or a slow endpoint) cannot starve the others; and how the passes follow one another until nothing is due.
 * No scheduled pass runs here (the profile turns the scheduler off): the tests make the passes themselves. Most of the
 * deliveries are due far in the future, and the tests ask for them as of then.
 */
@QuarkusTest
@TestProfile(DeliverySchedulingTest.NoScheduledPasses.class)
class DeliverySchedulingTest {

    /** The application as in the other tests, without its scheduled jobs. */
    public static class NoScheduledPasses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryWorker worker;

    @Inject
    AttemptRepository attempts;

    @Test
    void passesFollowOneAnotherUntilEveryDueDeliveryIsSent() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("DeltaShare-Delivery"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        UUID subscription = subscription(
                "drained-portal", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        List<UUID> twelve = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                twelve.add(due(subscription, Instant.now().minusSeconds(60 - i), null)); // public: no grant to ask
            }

            // a pass sends at most four to one host: three passes at least, in one run
            int taken = worker.deliverAllDue();

            assertThat(taken).isGreaterThanOrEqualTo(12);
            assertThat(received).containsAll(twelve.stream().map(UUID::toString).toList());
            assertThat(QuarkusTransaction.requiringNew()
                            .call(() -> deliveries.count("subscriptionId = ?1 and status = 'DELIVERED'", subscription)))
                    .isEqualTo(12);
        } finally {
            receiver.stop(0);
            QuarkusTransaction.requiringNew().run(() -> {
                attempts.delete("deliveryId in ?1", twelve);
                deliveries.delete("subscriptionId", subscription);
            });
        }
    }

    @Test
    void aPartnerWithABacklogTakesItsTurnAndAtMostFourSlotsForItsHost() {
        Instant then = Instant.now().plus(Duration.ofDays(3650));
        UUID busy = subscription("busy-portal", "https://hooks.busy.example/in");
        UUID quiet = subscription("quiet-portal", "https://quiet.example/hooks");
        UUID other = subscription("other-portal", "https://other.example/hooks");
        backlog(busy, then, 30, 1000); // the oldest thirty
        due(quiet, then.minusSeconds(10));
        due(quiet, then.minusSeconds(9));
        due(other, then.minusSeconds(5));

        assertThat(takenPerSubscription(then, 10, 4))
                .containsEntry(busy, 4L)
                .containsEntry(quiet, 2L)
                .containsEntry(other, 1L);
        QuarkusTransaction.requiringNew()
                .run(() -> deliveries.delete("subscriptionId in ?1", List.of(busy, quiet, other)));
    }

    @Test
    void partnersWhoseEndpointsShareAHostTakeTurnsForItsSlots() {
        Instant then = Instant.now().plus(Duration.ofDays(3652));
        // one receiving service for many portals: a partner's dead endpoint there has thirty retries due
        UUID dead = subscription("dead-portal", "https://hooks.shared-receiver.example/dead");
        UUID alive = subscription("alive-portal", "https://hooks.shared-receiver.example/alive");
        backlog(dead, then, 30, 1000);
        due(alive, then.minusSeconds(1)); // due last of all

        assertThat(takenPerSubscription(then, 10, 4)).containsEntry(alive, 1L).containsEntry(dead, 3L);
        QuarkusTransaction.requiringNew().run(() -> deliveries.delete("subscriptionId in ?1", List.of(dead, alive)));
    }

    @Test
    void partnersTakeTurnsWhenTheBatchIsSmallerThanTheirBacklogs() {
        Instant then = Instant.now().plus(Duration.ofDays(3651));
        UUID first = subscription("first-portal", "https://one.first.example/h");
        UUID second = subscription("second-portal", "https://two.second.example/h");
        backlog(first, then, 10, 500);
        due(second, then.minusSeconds(1));

        List<DeliveryEntity> taken = QuarkusTransaction.requiringNew().call(() -> deliveries.lockDue(then, 2, 10));

        assertThat(taken).extracting(d -> d.subscriptionId).containsExactlyInAnyOrder(first, second);
        QuarkusTransaction.requiringNew().run(() -> deliveries.delete("subscriptionId in ?1", List.of(first, second)));
    }

    /** How many deliveries of each subscription one pass takes as of {@code then}. */
    private Map<UUID, Long> takenPerSubscription(Instant then, int limit, int perHost) {
        List<DeliveryEntity> taken =
                QuarkusTransaction.requiringNew().call(() -> deliveries.lockDue(then, limit, perHost));
        return taken.stream().collect(Collectors.groupingBy(d -> d.subscriptionId, Collectors.counting()));
    }

    private UUID subscription(String clientId, String url) {
        SubscriptionEntity subscription = new SubscriptionEntity();
        subscription.id = UUID.randomUUID();
        subscription.owner = clientId + "-" + subscription.id;
        subscription.clientId = clientId + "-" + subscription.id;
        subscription.url = url;
        subscription.eventTypes = List.of("io.deltashare.booking.BookingConfirmed.v1");
        subscription.secret = "whsec_test";
        subscription.active = true;
        subscription.createdAt = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> subscriptions.persist(subscription));
        return subscription.id;
    }

    /** {@code count} deliveries due a second apart, the first {@code oldest} seconds before {@code then}. */
    private void backlog(UUID subscription, Instant then, int count, int oldest) {
        for (int i = 0; i < count; i++) {
            due(subscription, then.minusSeconds(oldest - i));
        }
    }

    private void due(UUID subscription, Instant at) {
        due(subscription, at, UUID.randomUUID());
    }

    /** A pending delivery due {@code at}, about {@code firm} (none: a public catalog event); returns its id. */
    private UUID due(UUID subscription, Instant at, UUID firm) {
        DeliveryEntity delivery = new DeliveryEntity();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscription;
        delivery.eventId = UUID.randomUUID();
        delivery.eventType = "io.deltashare.booking.BookingConfirmed.v1";
        delivery.firmId = firm;
        delivery.payload = "{}";
        delivery.status = "PENDING";
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = at;
        QuarkusTransaction.requiringNew().run(() -> deliveries.persist(delivery));
        return delivery.id;
    }
}
