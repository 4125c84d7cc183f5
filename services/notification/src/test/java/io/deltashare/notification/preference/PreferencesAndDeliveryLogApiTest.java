package io.deltashare.notification.preference;

import static io.deltashare.notification.NotificationFixtures.MAILBOX;
import static io.deltashare.notification.NotificationFixtures.as;
import static io.deltashare.notification.NotificationFixtures.awaitAddressed;
import static io.deltashare.notification.NotificationFixtures.awaitMails;
import static io.deltashare.notification.NotificationFixtures.publish;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.booking.BookingRejected;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A person's switches and the delivery log, through the API: a kind turned off sends that person nothing of it from
 * then on; the log shows each its own e-mails and an admin everyone's; bad input is refused and changes nothing.
 */
@QuarkusTest
class PreferencesAndDeliveryLogApiTest {

    private static final String FIRM = "firm.sh-nanotech";
    private static final String ADDRESS = "firm.sh-nanotech@demo.deltashare.io";

    @Inject
    DataSource database;

    @AfterEach
    void turnEverythingOnAgain() {
        as(FIRM).body("{\"on\":true}").put("/api/v1/notification-preferences/me/BOOKING_CONFIRMED");
    }

    @Test
    void aKindTurnedOffSendsThatPersonNothingOfItWhileOtherKindsStillArrive() {
        as(FIRM).get("/api/v1/notification-preferences/me")
                .then()
                .statusCode(200)
                .body("kinds", hasSize(18))
                .body("kinds.find { it.kind == 'BOOKING_CONFIRMED' }.on", equalTo(true));
        as(FIRM).body("{\"on\":false}")
                .put("/api/v1/notification-preferences/me/booking_confirmed")
                .then()
                .statusCode(200)
                .body("kind", equalTo("BOOKING_CONFIRMED"))
                .body("on", equalTo(false));
        as(FIRM).get("/api/v1/notification-preferences/me")
                .then()
                .body("kinds.find { it.kind == 'BOOKING_CONFIRMED' }.on", equalTo(false))
                .body("kinds.find { it.kind == 'BOOKING_REJECTED' }.on", equalTo(true));

        CloudEvent confirmed = publish("booking", new BookingConfirmed(nanotechBooking("CONFIRMED")));
        CloudEvent rejected = publish("booking", new BookingRejected(nanotechBooking("REJECTED"), "fully booked"));
        awaitAddressed(database, confirmed);
        awaitMails(rejected, 1);
        assertThat(MAILBOX.about(confirmed.id())).isEmpty();
        assertThat(MAILBOX.about(rejected.id()).get(0).to()).containsExactly(ADDRESS);

        // the log: the firm sees its own e-mail, sent; an admin sees it too; another firm does not
        String mailId = as(FIRM).queryParam("eventId", rejected.id().toString())
                .get("/api/v1/mail-deliveries")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].address", equalTo(ADDRESS))
                .body("items[0].kind", equalTo("BOOKING_REJECTED"))
                .body("items[0].attempts", equalTo(1))
                .extract()
                .path("items[0].id");
        as("admin.platform")
                .queryParam("kind", "BOOKING_REJECTED")
                .get("/api/v1/mail-deliveries")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(mailId));
        as(FIRM).get("/api/v1/mail-deliveries/" + mailId)
                .then()
                .statusCode(200)
                .body("subject", equalTo(MAILBOX.about(rejected.id()).get(0).subject()));
        as("firm.js-biomed").get("/api/v1/mail-deliveries/" + mailId).then().statusCode(404);
        as("firm.js-biomed")
                .queryParam("eventId", rejected.id().toString())
                .get("/api/v1/mail-deliveries")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void badInputIsRefusedWithAProblemAndChangesNothing() {
        as(FIRM).body("{\"on\":false}")
                .put("/api/v1/notification-preferences/me/NO_SUCH_KIND")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(FIRM).body("{}")
                .put("/api/v1/notification-preferences/me/BOOKING_CONFIRMED")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(FIRM).body("{\"on\":false,\"person\":\"" + UUID.randomUUID() + "\"}")
                .put("/api/v1/notification-preferences/me/BOOKING_CONFIRMED")
                .then()
                .statusCode(400);
        as(FIRM).get("/api/v1/notification-preferences/me")
                .then()
                .body("kinds.find { it.kind == 'BOOKING_CONFIRMED' }.on", equalTo(true));
        as(FIRM).queryParam("status", "LOST")
                .get("/api/v1/mail-deliveries")
                .then()
                .statusCode(400);
        as(FIRM).queryParam("recipient", UUID.randomUUID().toString())
                .get("/api/v1/mail-deliveries")
                .then()
                .statusCode(403);
        as(FIRM).queryParam("limit", "1000")
                .get("/api/v1/mail-deliveries")
                .then()
                .statusCode(400);
        given().get("/api/v1/mail-deliveries").then().statusCode(401);
        given().get("/api/v1/notification-preferences/me").then().statusCode(401);
    }

    private static BookingSnapshot nanotechBooking(String status) {
        return aBooking()
                .by(DemoRealm.SH_NANOTECH, Region.CN_SH)
                .at(DemoRealm.SH_ANALYSIS_CENTRE, Region.CN_SH)
                .withoutVoucher()
                .status(status)
                .build();
    }
}
