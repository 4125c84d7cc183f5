package io.deltashare.insight.indicator;

import static io.deltashare.insight.Happenings.applied;
import static io.deltashare.insight.Happenings.cashed;
import static io.deltashare.insight.Happenings.completed;
import static io.deltashare.insight.Happenings.issued;
import static io.deltashare.insight.Happenings.redeemedBooking;
import static io.deltashare.insight.Happenings.redeemedMilestone;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.ClaimBatchPaid;
import io.deltashare.contracts.voucher.VoucherApplied;
import io.deltashare.insight.Happenings;
import io.deltashare.testkit.kafka.Inboxes;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The public indicators, counted from the other services' events: per issuing region and for the whole Delta, each
 * against a base year, exact to the fen, with redeemed and cashed kept apart and each moment counted in its Shanghai
 * calendar year. Each test plays its own years, so the tests share the database without seeing each other.
 */
@QuarkusTest
class IndicatorsApiTest {

    @Inject
    DataSource database;

    private static final UUID FIRM_A = UUID.randomUUID();
    private static final UUID FIRM_B = UUID.randomUUID();
    private static final UUID FIRM_C = UUID.randomUUID();

    @Test
    void aYearIsCountedPerRegionAndForTheDeltaAgainstItsBaseYear() {
        // the base year, 2029: two Jiangsu firms applied, one voucher, a cross-region booking, a batch cashed
        applied(FIRM_A, Region.CN_JS, LocalDate.of(2029, 3, 1));
        applied(FIRM_B, Region.CN_JS, LocalDate.of(2029, 4, 1));
        issued(FIRM_A, Region.CN_JS, "50000.00", LocalDate.of(2029, 3, 15));
        redeemedBooking(Region.CN_JS, Region.CN_SH, "1000.00", "500.00", LocalDate.of(2029, 5, 1));
        cashed(Region.CN_JS, "500.00", LocalDate.of(2029, 6, 30));
        // the year, 2031: firm A applies twice (it counts once), C too; a Zhejiang firm applies
        UUID zhejiangFirm = UUID.randomUUID();
        applied(FIRM_A, Region.CN_JS, LocalDate.of(2031, 2, 1));
        applied(FIRM_A, Region.CN_JS, LocalDate.of(2031, 8, 1));
        applied(FIRM_C, Region.CN_JS, LocalDate.of(2031, 2, 2));
        applied(zhejiangFirm, Region.CN_ZJ, LocalDate.of(2031, 2, 3));
        issued(FIRM_A, Region.CN_JS, "50000.00", LocalDate.of(2031, 2, 10));
        issued(FIRM_C, Region.CN_JS, "30000.50", LocalDate.of(2031, 2, 11));
        issued(zhejiangFirm, Region.CN_ZJ, "10000.00", LocalDate.of(2031, 2, 12));
        redeemedBooking(Region.CN_JS, Region.CN_SH, "2000.00", "1000.00", LocalDate.of(2031, 4, 1));
        redeemedMilestone(Region.CN_JS, Region.CN_JS, "300.01", "150.00", LocalDate.of(2031, 4, 2));
        redeemedMilestone(Region.CN_ZJ, Region.CN_JS, "999.99", "499.99", LocalDate.of(2031, 4, 3));
        cashed(Region.CN_JS, "1000.00", LocalDate.of(2031, 5, 31));
        cashed(Region.CN_ZJ, "499.99", LocalDate.of(2031, 6, 30));
        // paid at 23:30 on New Year's Eve in Shanghai: 2031's; at 00:30 on New Year's Day: 2032's, though still
        // 2031 in UTC
        TopicWriter.publish("settlement", cashedEvent(Region.CN_JS, "0.01"), Instant.parse("2031-12-31T15:30:00Z"));
        TopicWriter.publish("settlement", cashedEvent(Region.CN_JS, "7.77"), Instant.parse("2031-12-31T16:30:00Z"));
        completed(Region.CN_SH, "HOUR", "2.5", LocalDate.of(2031, 7, 1));
        completed(Region.CN_SH, "HOUR", "1", LocalDate.of(2031, 7, 2));
        completed(Region.CN_JS, "SAMPLE", "12", LocalDate.of(2031, 7, 3));
        // a sandbox partner's tests count nowhere
        List<CloudEvent> tests = List.of(
                completed(Region.CN_SH, "HOUR", "4", LocalDate.of(2031, 7, 3), true),
                completed(Region.CN_JS, "SAMPLE", "30", LocalDate.of(2031, 7, 3), true));

        // the events come on five topics, each consumed at its own pace: the figures are checked until all arrived
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> theYear2031IsCounted(indicators(2031, 2029)));
        tests.forEach(test -> Inboxes.awaitTaken(database, test));
        theYear2031IsCounted(indicators(2031, 2029));
    }

    private static void theYear2031IsCounted(JsonPath year) {
        String js = "regions.find { it.region == 'CN-JS' }.";
        assertThat(year.getInt(js + "firmsApplied.value")).isEqualTo(2);
        assertThat(year.getInt(js + "firmsApplied.base")).isEqualTo(2);
        assertThat(year.getString(js + "firmsApplied.growth")).isEqualTo("0.00");
        assertThat(year.getString(js + "cashed.value.amount")).isEqualTo("1000.01");
        assertThat(year.getInt(js + "firmsReceivingVouchers.value")).isEqualTo(2);
        assertThat(year.getInt(js + "vouchersIssued.value")).isEqualTo(2);
        assertThat(year.getString(js + "valueIssued.value.amount")).isEqualTo("80000.50");
        assertThat(year.getString(js + "valueIssued.base.amount")).isEqualTo("50000.00");
        assertThat(year.getString(js + "valueIssued.growth")).isEqualTo("0.60");
        assertThat(year.getString(js + "servicesBought.value.amount")).isEqualTo("2300.01");
        assertThat(year.getString(js + "crossRegionServicesBought.value.amount"))
                .isEqualTo("2000.00");
        assertThat(year.getString(js + "crossRegionServicesBought.base.amount")).isEqualTo("1000.00");
        assertThat(year.getString(js + "crossRegionServicesBought.growth")).isEqualTo("1.00");
        assertThat(year.getString(js + "redeemed.value.amount")).isEqualTo("1150.00");
        assertThat(year.getString(js + "cashed.base.amount")).isEqualTo("500.00");
        assertThat(year.getString(js + "cashed.growth")).isEqualTo("1.00");
        assertThat(year.getInt(js + "samplesServed.value")).isEqualTo(12);

        String zj = "regions.find { it.region == 'CN-ZJ' }.";
        assertThat(year.getString(zj + "crossRegionServicesBought.value.amount"))
                .isEqualTo("999.99");
        assertThat(year.getString(zj + "cashed.value.amount")).isEqualTo("499.99");
        assertThat(year.getString(zj + "cashed.growth")).isNull();

        String sh = "regions.find { it.region == 'CN-SH' }.";
        assertThat(year.getString(sh + "hoursServed.value")).isEqualTo("3.50");
        assertThat(year.getString(sh + "servicesBought.value.amount")).isEqualTo("0.00");

        assertThat(year.getString("delta.region")).isNull();
        assertThat(year.getInt("delta.firmsApplied.value")).isEqualTo(3);
        assertThat(year.getInt("delta.vouchersIssued.value")).isEqualTo(3);
        assertThat(year.getString("delta.valueIssued.value.amount")).isEqualTo("90000.50");
        assertThat(year.getString("delta.servicesBought.value.amount")).isEqualTo("3300.00");
        assertThat(year.getString("delta.crossRegionServicesBought.value.amount"))
                .isEqualTo("2999.99");
        assertThat(year.getString("delta.redeemed.value.amount")).isEqualTo("1649.99");
        assertThat(year.getString("delta.cashed.value.amount")).isEqualTo("1500.00");
        assertThat(year.getString("delta.hoursServed.value")).isEqualTo("3.50");

        assertThat(year.getList("flows.findAll { it.crossRegion }.providerRegion"))
                .containsExactlyInAnyOrder("CN-SH", "CN-JS");
        assertThat(year.getString(
                        "flows.find { it.issuingRegion == 'CN-ZJ' && it.providerRegion == 'CN-JS' }.redeemed.amount"))
                .isEqualTo("499.99");
    }

    @Test
    void aRedeliveredEventCountsOnceAndAForgedOneNotAtAll() {
        UUID firm = UUID.randomUUID();
        LocalDate day = LocalDate.of(2035, 5, 5);
        CloudEvent first = applied(firm, Region.CN_AH, day);
        VoucherApplied application = new VoucherApplied(
                UUID.fromString(first.subject()),
                UUID.randomUUID(),
                Region.CN_AH,
                null,
                firm,
                2035,
                Happenings.on(day));
        TopicWriter.redeliver(first, application);
        // only innovation-voucher speaks on its topic: the same news from booking is forged
        CloudEvent forged = TopicWriter.publish(
                "booking",
                new VoucherApplied(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        Region.CN_AH,
                        null,
                        UUID.randomUUID(),
                        2035,
                        Happenings.on(day)),
                Happenings.on(day));
        applied(UUID.randomUUID(), Region.CN_AH, day.plusDays(1));

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().auth()
                        .oauth2(Keycloak.shared().tokens().forUser("admin.platform", "demo"))
                        .get("/api/v1/dead-letters/insight?topic=" + Topics.VOUCHERS + "&limit=100")
                        .then()
                        .statusCode(200)
                        .body("items.find { it.eventId == '" + forged.id() + "' }.reason", equalTo("WRONG_SOURCE")));
        // the last application arrived after the redelivery on the same key's partition or beside it: wait for both
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(indicators(2035, 2034)
                                .getInt("regions.find { it.region == 'CN-AH' }.firmsApplied.value"))
                        .isEqualTo(2));
        assertThat(indicators(2035, 2034).getInt("delta.firmsApplied.value")).isEqualTo(2);
    }

    @Test
    void theYearAndItsBaseAreCheckedAndAnswerAProblem() {
        given().get("/api/v1/indicators?year=1999")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().get("/api/v1/indicators?year=2030&baseYear=2030")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("baseYear"));
        given().get("/api/v1/indicators?year=twenty").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void anyoneReadsTheIndicatorsWithoutAToken() {
        JsonPath empty = indicators(2088, 2087);
        assertThat(empty.getList("regions.region")).containsExactly("CN-SH", "CN-JS", "CN-ZJ", "CN-AH");
        assertThat(empty.getString("delta.cashed.value.amount")).isEqualTo("0.00");
        assertThat(empty.getString("delta.cashed.growth")).isNull();
    }

    private static ClaimBatchPaid cashedEvent(Region region, String total) {
        return new ClaimBatchPaid(
                UUID.randomUUID(), region, YearMonth.of(2031, 12), Money.parse(total), UUID.randomUUID());
    }

    private static JsonPath indicators(int year, int base) {
        return given().get("/api/v1/indicators?year=" + year + "&baseYear=" + base)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
