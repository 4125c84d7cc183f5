package io.deltashare.insight.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.booking.BookingNoShow;
import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.booking.Fee;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.catalog.ProviderSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.order.OrderMilestoneAccepted;
import io.deltashare.contracts.order.OrderSnapshot;
import io.deltashare.contracts.rating.RatingGiven;
import io.deltashare.contracts.rating.RatingSnapshot;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Shanghai analysis centre's 2025 as its report shows it: one instrument open on weekdays all year, one open
 * mornings from July to its withdrawal on 1 October; bookings completed, cancelled and missed; an order half
 * accepted; two ratings. Every figure is worked out by hand below.
 */
@QuarkusTest
class ProviderReportApiTest {

    private static final UUID PROVIDER = UUID.randomUUID();
    private static final UUID CENTRE = DemoRealm.SH_ANALYSIS_CENTRE;
    private static final UUID SEM = UUID.randomUUID();
    private static final UUID XRD = UUID.randomUUID();
    private static final UUID JIANGSU_FIRM = UUID.randomUUID();
    private static final UUID SHANGHAI_FIRM = UUID.randomUUID();
    private static final UUID SHANGHAI_GROUP = UUID.randomUUID();

    @BeforeAll
    static void theCentresYear() {
        TopicWriter.publish(
                "instrument-catalog",
                new ProviderRegistered(new ProviderSnapshot(
                        PROVIDER,
                        CENTRE,
                        new LocalizedText("测试分析中心", "Test analysis centre"),
                        Region.CN_SH,
                        "Shanghai",
                        "UNIVERSITY",
                        List.of(),
                        "centre@example.edu.cn",
                        null,
                        1)));
        // weekdays 09:00–17:00 (2025 has 261 weekdays: 2,088 hours), listed in 2024, approval required
        TopicWriter.publish(
                "instrument-catalog",
                new InstrumentListed(instrument(SEM, "扫描电镜", "SEM", weekdays("09:00", "17:00"), true, "ACTIVE", 1)),
                at("2024-12-01T02:00:00Z"));
        // every day 00:00–12:00, live from 1 July; withdrawn on 1 October: 92 days, 1,104 hours
        InstrumentSnapshot xrd = instrument(XRD, "X射线衍射仪", "XRD", everyDay("00:00", "12:00"), false, "ACTIVE", 1);
        TopicWriter.publish("instrument-catalog", new InstrumentListed(xrd), at("2025-06-30T16:30:00Z"));
        TopicWriter.publish(
                "instrument-catalog",
                new InstrumentWithdrawn(
                        instrument(XRD, "X射线衍射仪", "XRD", everyDay("00:00", "12:00"), false, "WITHDRAWN", 2)),
                at("2025-10-01T02:00:00Z"));

        // a Jiangsu firm: 3 h booked, 2.5 h used; asked on 1 February, confirmed four hours later
        BookingSnapshot first = booking(SEM, JIANGSU_FIRM, Region.CN_JS, "ENTERPRISE", "2025-03-03T01:00:00Z", 3);
        TopicWriter.publish("booking", new BookingRequested(with(first, "REQUESTED", 1)), at("2025-02-01T00:00:00Z"));
        TopicWriter.publish("booking", new BookingConfirmed(with(first, "CONFIRMED", 2)), at("2025-02-01T04:00:00Z"));
        TopicWriter.publish(
                "booking", new BookingCompleted(used(first, "2.5", "2500.00", 3)), at("2025-03-03T05:00:00Z"));
        // a Shanghai research group: 2 h, confirmed after two hours
        BookingSnapshot second = booking(SEM, SHANGHAI_GROUP, Region.CN_SH, "ACADEMIC", "2025-03-04T01:00:00Z", 2);
        TopicWriter.publish("booking", new BookingRequested(with(second, "REQUESTED", 1)), at("2025-02-02T00:00:00Z"));
        TopicWriter.publish("booking", new BookingConfirmed(with(second, "CONFIRMED", 2)), at("2025-02-02T02:00:00Z"));
        TopicWriter.publish(
                "booking", new BookingCompleted(used(second, "2", "600.00", 3)), at("2025-03-04T04:00:00Z"));
        // a Guangdong firm cancels; a Zhejiang firm does not come (its hour was booked)
        BookingSnapshot cancelled =
                booking(SEM, UUID.randomUUID(), Region.ofCode("CN-GD"), "ENTERPRISE", "2025-03-05T01:00:00Z", 1);
        TopicWriter.publish("booking", new BookingCancelled(with(cancelled, "CANCELLED", 2), Money.ZERO));
        BookingSnapshot missed = booking(SEM, UUID.randomUUID(), Region.CN_ZJ, "ENTERPRISE", "2025-03-06T01:00:00Z", 1);
        TopicWriter.publish("booking", new BookingNoShow(with(missed, "NO_SHOW", 3), Money.parse("300.00")));
        // 2024's booking is not 2025's
        BookingSnapshot earlier =
                booking(SEM, UUID.randomUUID(), Region.CN_SH, "ENTERPRISE", "2024-12-20T01:00:00Z", 5);
        TopicWriter.publish(
                "booking", new BookingCompleted(used(earlier, "5", "5000.00", 3)), at("2024-12-20T07:00:00Z"));
        // a Shanghai firm uses the XRD for 4 hours in August
        BookingSnapshot august = booking(XRD, SHANGHAI_FIRM, Region.CN_SH, "ENTERPRISE", "2025-07-31T16:00:00Z", 4);
        TopicWriter.publish(
                "booking", new BookingCompleted(used(august, "4", "4000.00", 3)), at("2025-07-31T20:00:00Z"));

        // the Jiangsu firm's development order: ¥1,000.00 of ¥2,000.00 accepted
        TopicWriter.publish("booking", new OrderMilestoneAccepted(order(), 1), at("2025-06-01T02:00:00Z"));
        // ratings: of the first booking 5/4/3, of the order 3/3/3
        TopicWriter.publish("booking", new RatingGiven(rating("BOOKING", first.id(), SEM, 5, 4, 3)));
        TopicWriter.publish("booking", new RatingGiven(rating("ORDER", UUID.randomUUID(), null, 3, 3, 3)));
    }

    @Test
    void theCentresStaffReadsItsYear() {
        JsonPath report = awaitTheWholeYear();
        assertThat(report.getString("name.en")).isEqualTo("Test analysis centre");
        assertThat(report.getString("from")).isEqualTo("2025-01-01");
        assertThat(report.getString("until")).isEqualTo("2025-12-31");
        assertThat(report.getInt("summary.instruments")).isEqualTo(2);
        assertThat(report.getString("summary.openHours")).isEqualTo("3192.00");
        assertThat(report.getString("summary.bookedHours")).isEqualTo("10.00");
        assertThat(report.getString("summary.usedHours")).isEqualTo("8.50");
        assertThat(report.getString("summary.utilisation")).isEqualTo("0.0027");
        assertThat(report.getString("summary.enterpriseHours")).isEqualTo("6.50");
        assertThat(report.getLong("summary.bookings")).isEqualTo(5);
        assertThat(report.getLong("summary.completedBookings")).isEqualTo(3);
        assertThat(report.getLong("summary.cancellations")).isEqualTo(1);
        assertThat(report.getLong("summary.noShows")).isEqualTo(1);
        assertThat(report.getLong("summary.organizationsServed")).isEqualTo(3);
        assertThat(report.getLong("summary.firmsServed")).isEqualTo(2);
        assertThat(report.getLong("summary.groupsServed")).isEqualTo(1);
        assertThat(report.getString("summary.enterpriseShare")).isEqualTo("0.6667");
        assertThat(report.getString("summary.deltaShare")).isEqualTo("1.0000");
        assertThat(report.getLong("summary.ordersPlaced")).isEqualTo(1);
        assertThat(report.getString("summary.revenue.amount")).isEqualTo("8100.00");
        assertThat(report.getString("summary.crossRegionRevenue.amount")).isEqualTo("3500.00");
        assertThat(report.getString("summary.averageResponseHours")).isEqualTo("3.00");
        assertThat(report.getLong("summary.ratings.count")).isEqualTo(2);
        assertThat(report.getString("summary.ratings.quality")).isEqualTo("4.00");
        assertThat(report.getString("summary.ratings.timeliness")).isEqualTo("3.50");

        String sem = "instruments.find { it.instrumentId == '" + SEM + "' }.";
        assertThat(report.getString(sem + "openHours")).isEqualTo("2088.00");
        assertThat(report.getString(sem + "usedHours")).isEqualTo("4.50");
        assertThat(report.getLong(sem + "bookings")).isEqualTo(4);
        assertThat(report.getLong(sem + "ratings.count")).isEqualTo(1);
        assertThat(report.getString(sem + "ratings.quality")).isEqualTo("5.00");
        String xrd = "instruments.find { it.instrumentId == '" + XRD + "' }.";
        assertThat(report.getString(xrd + "openHours")).isEqualTo("1104.00");
        assertThat(report.getString(xrd + "utilisation")).isEqualTo("0.0036");
    }

    @Test
    void theProvincesBureauAndTheAdminReadItAndNobodyElse() {
        awaitTheWholeYear();
        as("bureau.sh").get(path()).then().statusCode(200);
        as("admin.platform").get(path()).then().statusCode(200);
        as("bureau.js").get(path()).then().statusCode(404).contentType("application/problem+json");
        as("provider.ah-hefei-institute").get(path()).then().statusCode(404);
        as("firm.sh-nanotech").get(path()).then().statusCode(403);
        given().get(path()).then().statusCode(401);
        as("bureau.sh").get("/api/v1/provider-reports/not-an-id").then().statusCode(400);
        as("bureau.sh").get(path() + "&format=pdf").then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    @Test
    void aSpreadsheetProgramOpensTheCsvAndTheWorkbook() throws Exception {
        awaitTheWholeYear();
        byte[] csv = as("provider.sh-analysis-centre")
                .accept("text/csv")
                .get(path())
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("row,instrument_id,name_zh,name_en,category,original_value,open_hours");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("扫描电镜").contains(",2088.00,"));
        assertThat(lines.get(3)).startsWith("total," + PROVIDER + ",测试分析中心").contains(",3192.00,10.00,8.50,");

        byte[] xlsx = as("provider.sh-analysis-centre")
                .get(path() + "&format=xlsx")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(s -> s.getName())).containsExactly("概况 Summary", "仪器 Instruments");
            List<Row> summary = workbook.getFirstSheet().read();
            Row used = summary.stream()
                    .filter(r -> r.getCellText(0).startsWith("使用机时"))
                    .findFirst()
                    .orElseThrow();
            assertThat(used.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("8.50");
            List<Row> instruments = workbook.getSheets().toList().get(1).read();
            assertThat(instruments).hasSize(3);
        }
    }

    private static JsonPath awaitTheWholeYear() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath report = read();
            assertThat(report.getLong("summary.ratings.count")).isEqualTo(2);
            assertThat(report.getLong("summary.bookings")).isEqualTo(5);
            assertThat(report.getLong("summary.completedBookings")).isEqualTo(3);
            assertThat(report.getString("summary.averageResponseHours")).isEqualTo("3.00");
            assertThat(report.getLong("summary.ordersPlaced")).isEqualTo(1);
            assertThat(report.getString("summary.openHours")).isEqualTo("3192.00");
        });
        return read();
    }

    private static JsonPath read() {
        return as("provider.sh-analysis-centre")
                .get(path())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String path() {
        return "/api/v1/provider-reports/" + PROVIDER + "?year=2025";
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.shared().tokens().forUser(user, "demo"));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static List<InstrumentSnapshot.OpeningWindow> weekdays(String from, String to) {
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> d.getValue() <= 5)
                .map(d -> new InstrumentSnapshot.OpeningWindow(d.name(), from, to))
                .toList();
    }

    private static List<InstrumentSnapshot.OpeningWindow> everyDay(String from, String to) {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> new InstrumentSnapshot.OpeningWindow(d.name(), from, to))
                .toList();
    }

    private static InstrumentSnapshot instrument(
            UUID id,
            String zh,
            String en,
            List<InstrumentSnapshot.OpeningWindow> hours,
            boolean approval,
            String status,
            long version) {
        return new InstrumentSnapshot(
                id,
                PROVIDER,
                CENTRE,
                Region.CN_SH,
                "Shanghai",
                new LocalizedText(zh, en),
                new LocalizedText(zh, en),
                "electron-microscopy",
                "ZEISS",
                "GeminiSEM 560",
                Money.parse("6000000.00"),
                "Building 3",
                "SLOT",
                Money.parse("300.00"),
                Money.parse("1000.00"),
                true,
                hours,
                60,
                480,
                24,
                approval,
                status,
                version);
    }

    private static BookingSnapshot booking(
            UUID instrument, UUID firm, Region region, String tier, String start, int hours) {
        Instant from = Instant.parse(start);
        return new BookingSnapshot(
                UUID.randomUUID(),
                instrument,
                "electron-microscopy",
                PROVIDER,
                CENTRE,
                Region.CN_SH,
                firm,
                region,
                "SLOT",
                from,
                from.plus(Duration.ofHours(hours)),
                null,
                tier,
                new Fee("HOUR", String.valueOf(hours), Money.parse("1000.00"), Money.parse(hours + "000.00")),
                null,
                "REQUESTED",
                1,
                false);
    }

    private static BookingSnapshot with(BookingSnapshot b, String status, long version) {
        return new BookingSnapshot(
                b.id(),
                b.instrumentId(),
                b.instrumentCategory(),
                b.providerId(),
                b.providerOrganizationId(),
                b.providerRegion(),
                b.firmOrganizationId(),
                b.firmRegion(),
                b.mode(),
                b.start(),
                b.end(),
                b.samples(),
                b.tier(),
                b.fee(),
                b.voucherId(),
                status,
                version,
                false);
    }

    private static BookingSnapshot used(BookingSnapshot b, String hours, String fee, long version) {
        BookingSnapshot completed = with(b, "COMPLETED", version);
        return new BookingSnapshot(
                completed.id(),
                completed.instrumentId(),
                completed.instrumentCategory(),
                completed.providerId(),
                completed.providerOrganizationId(),
                completed.providerRegion(),
                completed.firmOrganizationId(),
                completed.firmRegion(),
                completed.mode(),
                completed.start(),
                completed.end(),
                null,
                completed.tier(),
                new Fee("HOUR", hours, Money.parse("1000.00"), Money.parse(fee)),
                null,
                "COMPLETED",
                version,
                false);
    }

    private static OrderSnapshot order() {
        return new OrderSnapshot(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                JIANGSU_FIRM,
                Region.CN_JS,
                PROVIDER,
                CENTRE,
                Region.CN_SH,
                ServiceKind.DEVELOPMENT,
                "mechanical-engineering",
                new LocalizedText("泵开发", "Pump development"),
                "Drainage robot pump",
                Money.parse("2000.00"),
                List.of(
                        new OrderSnapshot.Milestone(
                                1, "Prototype", Money.parse("1000.00"), LocalDate.of(2025, 7, 1), "ACCEPTED"),
                        new OrderSnapshot.Milestone(
                                2, "System", Money.parse("1000.00"), LocalDate.of(2025, 9, 1), "PENDING")),
                10,
                null,
                Money.ZERO,
                "ACTIVE",
                Instant.parse("2025-05-01T02:00:00Z"),
                3,
                false);
    }

    private static RatingSnapshot rating(String subject, UUID subjectId, UUID instrument, int q, int t, int s) {
        return new RatingSnapshot(
                UUID.randomUUID(),
                subject,
                subjectId,
                JIANGSU_FIRM,
                Region.CN_JS,
                PROVIDER,
                CENTRE,
                instrument,
                instrument == null ? UUID.randomUUID() : null,
                q,
                t,
                s,
                "fine",
                null,
                Instant.parse("2025-04-01T02:00:00Z"),
                1);
    }
}
