package io.deltashare.notification.delivery;

import static io.deltashare.notification.NotificationFixtures.aConfirmedBookingOfTheFirmAtTheCentre;
import static io.deltashare.notification.NotificationFixtures.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.notification.delivery.persistence.Mails;
import io.deltashare.testkit.mail.LocalMailServer;
import io.deltashare.testkit.process.FreePorts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mail server is down: the e-mail stays in the outbox, tried again with backoff and its error in the delivery
 * log, and is sent once the server is back, once.
 */
@QuarkusTest
@TestProfile(MailServerOutageTest.MailServerDown.class)
class MailServerOutageTest {

    /** The mailer points at a port where no server listens, until the test starts one there. */
    public static class MailServerDown implements QuarkusTestProfile {

        static final int PORT = FreePorts.next();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.port", Integer.toString(PORT),
                    "notification.retries.max-attempts", "50",
                    "notification.retries.first-delay", "500ms",
                    "notification.retries.longest-delay", "1s");
        }
    }

    @Inject
    Mails mails;

    @Test
    void anEMailTheServerCouldNotTakeIsRetriedWithItsErrorLoggedAndSentOnceTheServerIsBack() throws Exception {
        CloudEvent confirmed = publish("booking", new BookingConfirmed(aConfirmedBookingOfTheFirmAtTheCentre()));

        Mails.Mail failing = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> logOf(confirmed),
                        log -> log.size() == 1 && log.get(0).attempts() >= 2)
                .get(0);
        assertThat(failing.status()).isEqualTo(Mails.Status.PENDING);
        assertThat(failing.lastError()).isNotBlank();
        assertThat(failing.sentAt()).isNull();

        try (LocalMailServer back = LocalMailServer.start(MailServerDown.PORT, 0)) {
            Mails.Mail sent = await().atMost(Duration.ofSeconds(30))
                    .until(() -> logOf(confirmed).get(0), mail -> mail.status() == Mails.Status.SENT);
            assertThat(sent.attempts()).isGreaterThan(failing.attempts());
            assertThat(sent.lastError()).isNull();
            List<LocalMailServer.Received> received = back.received().stream()
                    .filter(m -> confirmed.id().toString().equals(m.headers().get("X-DeltaShare-Event")))
                    .toList();
            assertThat(received).hasSize(1);
            assertThat(received.get(0).to()).containsExactly("firm.js-biomed@demo.deltashare.io");
        }
    }

    private List<Mails.Mail> logOf(CloudEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> mails.page(null, null, null, event.id(), null, 10));
    }
}
