package io.deltashare.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.gateway.webhook.persistence.DeliveryEntity;
import io.deltashare.gateway.webhook.persistence.DeliveryRepository;
import io.deltashare.gateway.webhook.persistence.SubscriptionEntity;
import io.deltashare.gateway.webhook.persistence.SubscriptionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which due deliveries a worker pass takes: partners take turns and each host gets a few, so a partner with a
 * backlog (or a slow endpoint) cannot starve the others. The deliveries are due far in the future, so the running
 * worker never touches them; the test asks for them as of then.
 */
@QuarkusTest
class DeliverySchedulingTest {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Test
    void aPartnerWithABacklogTakesItsTurnAndAtMostFourSlotsForItsHost() {
        Instant then = Instant.now().plus(Duration.ofDays(3650));
        UUID busy = subscription("busy-portal", "https://hooks.busy.example/in");
        UUID quiet = subscription("quiet-portal", "https://quiet.example/hooks");
        UUID other = subscription("other-portal", "https://other.example/hooks");
        for (int i = 0; i < 30; i++) {
            due(busy, then.minusSeconds(1000 - i)); // the oldest thirty
        }
        due(quiet, then.minusSeconds(10));
        due(quiet, then.minusSeconds(9));
        due(other, then.minusSeconds(5));

        List<DeliveryEntity> taken = QuarkusTransaction.requiringNew().call(() -> deliveries.lockDue(then, 10, 4));

        Map<UUID, Long> perSubscription =
                taken.stream().collect(Collectors.groupingBy(d -> d.subscriptionId, Collectors.counting()));
        assertThat(perSubscription)
                .containsEntry(busy, 4L)
                .containsEntry(quiet, 2L)
                .containsEntry(other, 1L);
        QuarkusTransaction.requiringNew()
                .run(() -> deliveries.delete("subscriptionId in ?1", List.of(busy, quiet, other)));
    }

    @Test
    void partnersTakeTurnsWhenTheBatchIsSmallerThanTheirBacklogs() {
        Instant then = Instant.now().plus(Duration.ofDays(3651));
        UUID first = subscription("first-portal", "https://one.first.example/h");
        UUID second = subscription("second-portal", "https://two.second.example/h");
        for (int i = 0; i < 10; i++) {
            due(first, then.minusSeconds(500 - i));
        }
        due(second, then.minusSeconds(1));

        List<DeliveryEntity> taken = QuarkusTransaction.requiringNew().call(() -> deliveries.lockDue(then, 2, 10));

        assertThat(taken).extracting(d -> d.subscriptionId).containsExactlyInAnyOrder(first, second);
        QuarkusTransaction.requiringNew().run(() -> deliveries.delete("subscriptionId in ?1", List.of(first, second)));
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

    private void due(UUID subscription, Instant at) {
        DeliveryEntity delivery = new DeliveryEntity();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscription;
        delivery.eventId = UUID.randomUUID();
        delivery.eventType = "io.deltashare.booking.BookingConfirmed.v1";
        delivery.firmId = UUID.randomUUID();
        delivery.payload = "{}";
        delivery.status = "PENDING";
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = at;
        QuarkusTransaction.requiringNew().run(() -> deliveries.persist(delivery));
    }
}
