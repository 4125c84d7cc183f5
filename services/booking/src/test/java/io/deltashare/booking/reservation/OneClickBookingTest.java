package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.as;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.slot;
import static io.deltashare.booking.BookingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherIssued;
import io.deltashare.contracts.voucher.VoucherReserved;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * One-click ordering (一键下单) and the price tier that follows from who books: {@code "voucher": "auto"} picks the
 * firm's voucher that applies and answers once the voucher has held its share; a researcher books at the academic
 * price; a firm from outside the voucher regions books at the enterprise price, with no voucher to pick.
 */
@QuarkusTest
class OneClickBookingTest {

    private static final String ZJ_FIRM = "firm.zj-materials";

    @Test
    void autoPicksTheApplicableVoucherSoonestToExpireAndAnswersConfirmedOnceItHolds() throws Exception {
        Instant now = Instant.now();
        UUID elsewhere = issued(now.plus(Duration.ofDays(5)), List.of(Region.CN_ZJ), "electron-microscopy", "9000.00");
        UUID forNmr = issued(now.plus(Duration.ofDays(6)), List.of(Region.CN_SH), "nmr", "9000.00");
        UUID nearlySpent = issued(now.plus(Duration.ofDays(7)), List.of(Region.CN_SH), "electron-microscopy", "100.00");
        UUID chosen = issued(now.plus(Duration.ofDays(8)), List.of(Region.CN_SH), "electron-microscopy", "9000.00");
        UUID later = issued(now.plus(Duration.ofDays(90)), List.of(Region.CN_SH), "electron-microscopy", "9000.00");
        String sem = listed(aShanghaiSem());
        var request = with(slot(sem, 9, "09:00", "11:00"), "voucher", "auto");

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> chosen.toString()
                        .equals(as(ZJ_FIRM).body(request).post("/api/v1/quotes").path("voucherId")));
        as(ZJ_FIRM)
                .body(request)
                .post("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("tier", equalTo("ENTERPRISE"))
                .body("fee.amount.amount", equalTo("1200.00"))
                .body("voucherShare.amount", equalTo("600.00"))
                .body("firmShare.amount", equalTo("600.00"));

        // the voucher service's part: hold the share when the booking asks
        CompletableFuture<Void> voucherService = CompletableFuture.runAsync(() -> {
            try {
                BookingRequested asked = EventJson.mapper()
                        .readValue(
                                TopicReader.awaitRecord(
                                                Topics.BOOKINGS,
                                                r -> r.value().contains(chosen.toString()),
                                                Duration.ofSeconds(30),
                                                "no booking asked voucher " + chosen)
                                        .value(),
                                BookingRequested.class);
                TopicWriter.publish(
                        "innovation-voucher",
                        new VoucherReserved(
                                chosen, asked.booking().id(), Money.parse("600.00"), Money.parse("100.00")));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        JsonPath answer = as(ZJ_FIRM)
                .header("Idempotency-Key", UUID.randomUUID().toString()) // the answer waits after the commit
                .body(request)
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        voucherService.get();

        assertThat(answer.getString("booking.voucherId")).isEqualTo(chosen.toString());
        assertThat(answer.getString("booking.status")).isEqualTo("CONFIRMED");
        assertThat(answer.getString("voucherHeld.amount")).isEqualTo("600.00");
        assertThat(answer.getString("firmShare.amount")).isEqualTo("600.00");
        assertThat(List.of(elsewhere, forNmr, nearlySpent, later)).doesNotContain(chosen);
        // the wallet follows the voucher service: with ¥100 left the chosen one no longer covers a share of ¥600
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> later.toString()
                        .equals(as(ZJ_FIRM)
                                .body(with(slot(sem, 9, "13:00", "15:00"), "voucher", "auto"))
                                .post("/api/v1/quotes")
                                .path("voucherId")));
    }

    @Test
    void autoWithANamedVoucherOrAnUnknownWordIsRefusedNamingTheField() {
        String sem = listed(aShanghaiSem());
        as(ZJ_FIRM)
                .body(with(with(slot(sem, 9, "09:00", "10:00"), "voucher", "auto"), "voucherId", UUID.randomUUID()))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("voucher"));
        as(ZJ_FIRM)
                .body(with(slot(sem, 9, "09:00", "10:00"), "voucher", "best"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("voucher"));
    }

    @Test
    void aResearcherBooksAtTheAcademicPriceAndAutoPicksNoVoucher() {
        String sem = listed(aShanghaiSem());
        as("researcher.js-nju-materials-group")
                .body(with(slot(sem, 10, "09:00", "11:00"), "voucher", "auto"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("booking.tier", equalTo("ACADEMIC"))
                .body("booking.firmOrganizationId", equalTo(DemoRealm.JS_NJU_MATERIALS_GROUP.toString()))
                .body("booking.fee.amount.amount", equalTo("600.00"))
                .body("booking.voucherId", nullValue())
                .body("booking.status", equalTo("CONFIRMED"))
                .body("firmShare.amount", equalTo("600.00"));
        as("researcher.js-nju-materials-group")
                .body(with(slot(sem, 10, "13:00", "14:00"), "voucherId", UUID.randomUUID()))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("voucherId"));
        // the tier is never the caller's to choose
        as("researcher.js-nju-materials-group")
                .body(with(slot(sem, 10, "15:00", "16:00"), "tier", "ENTERPRISE"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400);
    }

    @Test
    void aFirmFromGuangdongBooksAtTheEnterprisePriceWithoutAVoucher() {
        String sem = listed(aShanghaiSem());
        as("firm.gd-robotics")
                .body(with(slot(sem, 11, "09:00", "10:00"), "voucher", "auto"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("booking.tier", equalTo("ENTERPRISE"))
                .body("booking.firmRegion", equalTo("CN-GD"))
                .body("booking.fee.amount.amount", equalTo("600.00"))
                .body("booking.status", equalTo("CONFIRMED"))
                .body("firmShare.amount", equalTo("600.00"));
    }

    /** A voucher of the Zhejiang firm, as the voucher service announces it; its id. */
    private static UUID issued(Instant expiresAt, List<Region> accepted, String category, String faceValue) {
        UUID id = UUID.randomUUID();
        TopicWriter.publish(
                "innovation-voucher",
                new VoucherIssued(
                        UUID.randomUUID(),
                        new VoucherSnapshot(
                                id,
                                "ZJ-" + id.toString().substring(0, 8),
                                UUID.randomUUID(),
                                Region.CN_ZJ,
                                DemoRealm.ZJ_MATERIALS,
                                Money.parse(faceValue),
                                "0.5",
                                accepted,
                                List.of(category),
                                Instant.now().minus(Duration.ofDays(1)),
                                expiresAt,
                                "ACTIVE",
                                null,
                                null)));
        return id;
    }
}
