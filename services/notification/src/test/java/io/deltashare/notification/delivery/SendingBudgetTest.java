package io.deltashare.notification.delivery;

import static io.deltashare.notification.NotificationFixtures.JS_BIOMED_FIRM;
import static io.deltashare.notification.NotificationFixtures.MAILBOX;
import static io.deltashare.notification.NotificationFixtures.aConfirmedBookingOfTheFirmAtTheCentre;
import static io.deltashare.notification.NotificationFixtures.awaitMails;
import static io.deltashare.notification.NotificationFixtures.publish;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.notification.delivery.application.Dispatcher;
import io.deltashare.notification.delivery.persistence.Mails;
import io.deltashare.testkit.kafka.Inboxes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A mail server so slow that every batch runs out of its sending budget: each batch commits what the server took and
 * leaves the rest due, so every e-mail still goes out once and none is sent again by a rolled-back transaction.
 */
@QuarkusTest
@TestProfile(SendingBudgetTest.NoTimeToSend.class)
class SendingBudgetTest {

    /** A budget used up by the first e-mail of every batch; the scheduler never runs the dispatcher, the test does. */
    public static class NoTimeToSend implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.sending-budget", "0s", "quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    Dispatcher dispatcher;

    @Inject
    Mails mails;

    @Inject
    DataSource database;

    @Test
    void aBatchOutOfTimeCommitsWhatWasSentAndLeavesTheRestForTheNextOnce() {
        List<CloudEvent> confirmed = IntStream.range(0, 3)
                .mapToObj(i -> publish("booking", new BookingConfirmed(aConfirmedBookingOfTheFirmAtTheCentre())))
                .toList();
        confirmed.forEach(event -> Inboxes.awaitTaken(database, event));

        List<Dispatcher.Round> rounds = new ArrayList<>();
        for (int i = 0; i < 10 && !allSent(confirmed); i++) {
            rounds.add(dispatcher.dispatch());
        }

        assertThat(allSent(confirmed)).as("every e-mail sent within ten rounds").isTrue();
        assertThat(rounds).allSatisfy(round -> assertThat(round.sent()).isLessThanOrEqualTo(1));
        assertThat(rounds.stream().filter(round -> round.sent() == 1)).hasSizeGreaterThanOrEqualTo(3);
        for (CloudEvent event : confirmed) {
            assertThat(awaitMails(event, 1))
                    .singleElement()
                    .satisfies(mail -> assertThat(mail.to()).containsExactly(JS_BIOMED_FIRM));
            assertThat(logOf(event))
                    .singleElement()
                    .satisfies(mail -> assertThat(mail.attempts()).isEqualTo(1));
        }
        dispatcher.dispatch();
        confirmed.forEach(event -> assertThat(MAILBOX.about(event.id())).hasSize(1));
    }

    private boolean allSent(List<CloudEvent> events) {
        return events.stream()
                .allMatch(event -> logOf(event).stream().anyMatch(mail -> mail.status() == Mails.Status.SENT));
    }

    private List<Mails.Mail> logOf(CloudEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> mails.page(null, null, null, event.id(), null, 10));
    }
}
