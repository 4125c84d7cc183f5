package io.deltashare.notification;

import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.mail.LocalMailServer.Received;
import io.deltashare.testkit.mail.Mailbox;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;

/** What the tests of this module share: the demo people's addresses, publishing events, waiting for e-mails. */
public final class NotificationFixtures {

    public static final String JS_BIOMED_FIRM = "firm.js-biomed@demo.deltashare.io";
    public static final String SH_CENTRE_STAFF = "provider.sh-analysis-centre@demo.deltashare.io";
    public static final String JS_BUREAU = "bureau.js@demo.deltashare.io";
    public static final String WUJIANG_BUREAU = "bureau.js-wujiang@demo.deltashare.io";

    public static final Mailbox MAILBOX = Mailbox.shared();

    private NotificationFixtures() {}

    /** A booking without a voucher, confirmed: the Jiangsu firm's at the Shanghai centre. */
    public static BookingSnapshot aConfirmedBookingOfTheFirmAtTheCentre() {
        return aBooking()
                .by(DemoRealm.JS_BIOMED, Region.CN_JS)
                .at(DemoRealm.SH_ANALYSIS_CENTRE, Region.CN_SH)
                .withoutVoucher()
                .status("CONFIRMED")
                .build();
    }

    public static CloudEvent publish(String source, IntegrationEvent event) {
        return TopicWriter.publish(source, event);
    }

    /** Waits until {@code count} e-mails about {@code event} arrived, and gives them. */
    public static List<Received> awaitMails(CloudEvent event, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> MAILBOX.about(event.id()), mails -> mails.size() >= count);
    }

    /** Waits until an e-mail matching {@code which} arrived, and gives every such e-mail. */
    public static List<Received> awaitMails(Predicate<Received> which) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> MAILBOX.matching(which), mails -> !mails.isEmpty());
    }

    /** An e-mail to {@code address} whose subject contains {@code subject}. */
    public static Predicate<Received> to(String address, String subject) {
        return mail -> mail.to().contains(address) && mail.subject().contains(subject);
    }

    /**
     * Waits until the notice of {@code event} was addressed: its e-mails, to whoever has not turned its kind off, are
     * written (an event that makes no notice never is).
     */
    public static void awaitAddressed(DataSource database, CloudEvent event) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection connection = database.getConnection();
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT 1 FROM notice WHERE event_id = ? AND addressed_at IS NOT NULL")) {
                query.setObject(1, event.id());
                try (ResultSet found = query.executeQuery()) {
                    return found.next();
                }
            }
        });
    }

    public static RequestSpecification as(String user) {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forUser(user, "demo"))
                .contentType(ContentType.JSON);
    }
}
