package io.deltashare.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.gateway.webhook.application.DeliveryRetention;
import io.deltashare.gateway.webhook.persistence.AttemptEntity;
import io.deltashare.gateway.webhook.persistence.AttemptRepository;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Finished deliveries leave the log after 30 days with their attempts; pending ones stay whatever their age. */
@QuarkusTest
class DeliveryRetentionTest {

    @Inject
    DeliveryRetention retention;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    AttemptRepository attempts;

    @Test
    void aMonthOldFinishedDeliveryGoesWithItsAttemptsAndAPendingOneStays() {
        UUID subscription = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            SubscriptionEntity s = new SubscriptionEntity();
            s.id = subscription;
            s.owner = "retention-" + subscription;
            s.clientId = s.owner;
            s.url = "https://retention.example/h";
            s.eventTypes = List.of("io.deltashare.booking.BookingConfirmed.v1");
            s.secret = "whsec_test";
            s.active = false;
            s.createdAt = Instant.now();
            subscriptions.persist(s);
        });
        UUID old = delivery(subscription, "DELIVERED", Duration.ofDays(31));
        UUID recent = delivery(subscription, "FAILED", Duration.ofDays(29));
        UUID waiting = delivery(subscription, "PENDING", Duration.ofDays(40));

        retention.purge();

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(deliveries.byId(old)).isEmpty();
            assertThat(attempts.of(old)).isEmpty();
            assertThat(deliveries.byId(recent)).isPresent();
            assertThat(deliveries.byId(waiting)).as("never sent yet: kept").isPresent();
            for (UUID kept : List.of(recent, waiting)) {
                attempts.delete("deliveryId", kept);
            }
            deliveries.delete("subscriptionId", subscription);
        });
    }

    private UUID delivery(UUID subscription, String status, Duration age) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            DeliveryEntity d = new DeliveryEntity();
            d.id = id;
            d.subscriptionId = subscription;
            d.eventId = UUID.randomUUID();
            d.eventType = "io.deltashare.booking.BookingConfirmed.v1";
            d.firmId = UUID.randomUUID();
            d.payload = "{}";
            d.status = status;
            d.createdAt = Instant.now().minus(age);
            d.nextAttemptAt = status.equals("PENDING") ? Instant.now().plus(Duration.ofDays(3650)) : null;
            deliveries.persist(d);
            AttemptEntity attempt = new AttemptEntity();
            attempt.deliveryId = id;
            attempt.attempt = 1;
            attempt.attemptedAt = d.createdAt;
            attempt.statusCode = 204;
            attempt.durationMs = 5;
            attempts.persist(attempt);
        });
        return id;
    }
}
