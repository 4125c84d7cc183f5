package io.deltashare.settlement.statement;

import static io.deltashare.settlement.SettlementFixtures.JIANGSU_FIRM;
import static io.deltashare.settlement.SettlementFixtures.SHANGHAI_CENTRE;
import static io.deltashare.settlement.SettlementFixtures.as;
import static io.deltashare.settlement.SettlementFixtures.awaitPosted;
import static io.deltashare.settlement.SettlementFixtures.publish;
import static io.deltashare.settlement.SettlementFixtures.redeemed;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static io.deltashare.testkit.fixtures.AnInstrument.anInstrument;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.catalog.ProviderSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.StatementIssued;
import io.deltashare.documents.text.Amounts;
import io.deltashare.platform.time.Clocks;
import io.deltashare.testkit.documents.Pdfs;
import io.deltashare.testkit.fixtures.AnInstrument;
import io.deltashare.testkit.kafka.Inboxes;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.keycloak.PartnerClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A month's statement adds up to the fen in JSON, CSV and PDF, and only its party (or the admin) may read it. */
@QuarkusTest
class StatementFormatsApiTest {

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Test
    void theStatementTotalsEqualTheSumOfItsLinesInAllThreeFormats() throws Exception {
        for (String fee : List.of("1050.00", "333.33", "0.02")) {
            BookingSnapshot booking = aBooking()
                    .by(JIANGSU_FIRM, Region.CN_JS)
                    .at(SHANGHAI_CENTRE, Region.CN_SH)
                    .costing(fee)
                    .status("COMPLETED")
                    .atVersion(5)
                    .build();
            awaitPosted(entityManager, publish("booking", new BookingCompleted(booking)));
            awaitPosted(entityManager, publish("innovation-voucher", redeemed(booking, Region.CN_JS)));
        }
        String month = YearMonth.now(Clocks.SHANGHAI).toString();
        String path = "/api/v1/statements/firms/" + JIANGSU_FIRM + "/" + month;

        JsonPath json =
                as("firm.js-biomed").get(path).then().statusCode(200).extract().jsonPath();
        long opening = fen(json.getString("openingBalance.amount"));
        long closing = fen(json.getString("closingBalance.amount"));
        long lines = json.getList("lines.amount.amount", String.class).stream()
                .mapToLong(StatementFormatsApiTest::fen)
                .sum();
        assertThat(json.getList("lines")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(closing).isEqualTo(opening + lines);
        assertThat(fen(json.getString("totalOfLines.amount"))).isEqualTo(lines);

        byte[] csvBytes = as("firm.js-biomed")
                .queryParam("format", "csv")
                .get(path)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        assertThat(csv).as("a byte-order mark for spreadsheets").startsWith("\uFEFF");
        csv = csv.substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        List<CSVRecord> body = rows.subList(1, rows.size() - 1);
        assertThat(fen(rows.get(0).get("balance"))).isEqualTo(opening);
        assertThat(body.stream().mapToLong(r -> fen(r.get("amount"))).sum()).isEqualTo(lines);
        assertThat(fen(rows.get(rows.size() - 1).get("balance"))).isEqualTo(closing);
        assertThat(body.get(body.size() - 1).get("balance"))
                .isEqualTo(Money.ofFen(closing).toDecimalString());

        byte[] pdf = as("firm.js-biomed")
                .queryParam("format", "pdf")
                .get(path)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text = Pdfs.textOnOneLine(pdf);
        assertThat(text)
                .contains("对账单", "Monthly statement", "账期 Period " + month)
                .contains("期初余额 Opening balance " + Amounts.withSign(opening))
                .contains("期末余额 Closing balance " + Amounts.withSign(closing))
                .contains("Closing balance = opening balance + total: " + Amounts.withSign(closing) + " = "
                        + Amounts.withSign(opening) + " + " + Amounts.withSign(lines))
                .as("the ¥333.33 booking: its fee, the voucher's half rounded down, the firm's share")
                .contains("333.33 166.66 166.67");
        assertThat(text).containsPattern("Page 1 of \\d+");
    }

    /**
     * The printed statement names what the ledger knows by id, from the catalog's and membership's events: the firm
     * and its region, the instrument and the provider, in Chinese and English; Accept chooses the format as well as
     * the parameter does.
     */
    @Test
    void aPrintedStatementNamesTheFirmItsRegionTheInstrumentAndTheProvider() throws Exception {
        UUID firm = UUID.randomUUID();
        publish(
                "membership",
                new OrganizationAdmitted(
                        UUID.randomUUID(),
                        new OrganizationSnapshot(
                                firm,
                                "zj-new-materials-" + firm.toString().substring(0, 8),
                                "firm",
                                new LocalizedText("浙江新材料科技有限公司", "Zhejiang New Materials Co., Ltd."),
                                Region.CN_ZJ,
                                "Hangzhou",
                                null,
                                null)));
        InstrumentSnapshot sem = anInstrument()
                .named("场发射扫描电子显微镜", "Field-emission scanning electron microscope")
                .build();
        publish("instrument-catalog", new InstrumentListed(sem));
        CloudEvent named = publish(
                "instrument-catalog",
                new ProviderRegistered(new ProviderSnapshot(
                        AnInstrument.SHANGHAI_CENTRE_PROVIDER,
                        SHANGHAI_CENTRE,
                        new LocalizedText("上海市分析测试中心", "Shanghai Analysis and Testing Centre"),
                        Region.CN_SH,
                        "Shanghai",
                        "INSTITUTE",
                        List.of("CNAS"),
                        "contact@sh-analysis.example",
                        null,
                        1)));
        BookingSnapshot booking = aBooking()
                .by(firm, Region.CN_ZJ)
                .at(SHANGHAI_CENTRE, Region.CN_SH)
                .of(sem.id())
                .costing("2400.00")
                .build();
        awaitPosted(entityManager, publish("booking", new BookingCompleted(booking)));
        awaitPosted(entityManager, publish("innovation-voucher", redeemed(booking, Region.CN_ZJ)));
        Inboxes.awaitTaken(dataSource, named);
        String month = YearMonth.now(Clocks.SHANGHAI).toString();
        String path = "/api/v1/statements/firms/" + firm + "/" + month;

        byte[] pdf = as("admin.platform")
                .accept("application/pdf")
                .get(path)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString(".pdf"))
                .extract()
                .asByteArray();

        String text = Pdfs.textOnOneLine(pdf);
        assertThat(text)
                .contains("企业 Firm 浙江新材料科技有限公司 Zhejiang New Materials Co., Ltd.")
                .contains("地区 Region 浙江省 Zhejiang (CN-ZJ)")
                .contains("预约 Booking " + booking.id().toString().substring(0, 8))
                .contains("场发射扫描电子显微镜 Field-emission scanning electron microscope")
                .contains("上海市分析测试中心 Shanghai Analysis and Testing Centre")
                .contains("2,400.00 1,200.00 1,200.00")
                .contains("期末余额 Closing balance ¥1,200.00");
        Pdfs.render(pdf, "statement-firm");

        as("admin.platform")
                .accept("text/csv")
                .get(path)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .body(containsString("场发射扫描电子显微镜 Field-emission scanning electron microscope"));
        as("admin.platform")
                .accept("application/json")
                .get(path)
                .then()
                .statusCode(200)
                .body("ownerName", equalTo("浙江新材料科技有限公司 Zhejiang New Materials Co., Ltd."))
                .body("lines[0].counterparty", equalTo("上海市分析测试中心 Shanghai Analysis and Testing Centre"));
        as("admin.platform")
                .accept("application/xml")
                .get(path)
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void aPartnerReadsTheStatementOfAFirmThatGrantedItStatementsAndNoOtherScopeWillDo() throws Exception {
        BookingSnapshot booked = aBooking()
                .by(JIANGSU_FIRM, Region.CN_JS)
                .at(SHANGHAI_CENTRE, Region.CN_SH)
                .costing("120.00")
                .status("COMPLETED")
                .atVersion(5)
                .build();
        awaitPosted(entityManager, publish("booking", new BookingCompleted(booked)));
        String month = YearMonth.now(Clocks.SHANGHAI).toString();
        String path = "/api/v1/statements/firms/" + JIANGSU_FIRM + "/" + month;
        String statements = PartnerClients.create(
                Keycloak.shared(), "statements-secret", Map.of(JIANGSU_FIRM, "CN-JS"), List.of("statements"));
        String booking = PartnerClients.create(
                Keycloak.shared(), "booking-secret", Map.of(JIANGSU_FIRM, "CN-JS"), List.of("book", "vouchers"));

        given().auth()
                .oauth2(Keycloak.shared().tokens().forClient(statements, "statements-secret"))
                .get(path)
                .then()
                .statusCode(200)
                .body("party", equalTo("FIRM"))
                .body("owner", equalTo(JIANGSU_FIRM.toString()));
        given().auth()
                .oauth2(Keycloak.shared().tokens().forClient(statements, "statements-secret"))
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("items.owner", everyItem(equalTo(JIANGSU_FIRM.toString())))
                .body("items.owner", hasItem(JIANGSU_FIRM.toString()));
        given().auth()
                .oauth2(Keycloak.shared().tokens().forClient(booking, "booking-secret"))
                .get(path)
                .then()
                .statusCode(404);
    }

    @Test
    void anotherPartysStatementIsNotFoundAndBadPathsAreRefused() {
        String month = YearMonth.now(Clocks.SHANGHAI).toString();
        as("firm.zj-materials")
                .get("/api/v1/statements/firms/" + JIANGSU_FIRM + "/" + month)
                .then()
                .statusCode(404);
        as("bureau.zj").get("/api/v1/statements/bureaus/CN-JS/" + month).then().statusCode(404);
        as("bureau.js").get("/api/v1/statements/bureaus/CN-JS/" + month).then().statusCode(200);
        as("provider.sh-analysis-centre")
                .get("/api/v1/statements/providers/" + SHANGHAI_CENTRE + "/" + month)
                .then()
                .statusCode(200);
        as("admin.platform")
                .get("/api/v1/statements/firms/" + JIANGSU_FIRM + "/2026-13")
                .then()
                .statusCode(400);
        as("admin.platform")
                .get("/api/v1/statements/firms/not-an-id/" + month)
                .then()
                .statusCode(400);
        as("admin.platform")
                .get("/api/v1/statements/bureaus/CN-XX/" + month)
                .then()
                .statusCode(400);
        as("admin.platform")
                .get("/api/v1/statements/firms/" + JIANGSU_FIRM + "/" + month + "?format=xls")
                .then()
                .statusCode(400);
    }

    @Test
    void aMonthEndRunIssuesEachStatementOnceAndAnnouncesIt() throws Exception {
        BookingSnapshot booking = aBooking()
                .by(JIANGSU_FIRM, Region.CN_JS)
                .at(SHANGHAI_CENTRE, Region.CN_SH)
                .costing("10.00")
                .status("COMPLETED")
                .atVersion(5)
                .build();
        awaitPosted(entityManager, publish("booking", new BookingCompleted(booking)));
        String month = YearMonth.now(Clocks.SHANGHAI).toString();
        int issued = as("admin.platform")
                .body(Map.of("month", month))
                .post("/api/v1/statement-runs")
                .then()
                .statusCode(200)
                .extract()
                .path("issued");
        assertThat(issued)
                .as("the firm's and the provider's statements at least")
                .isGreaterThanOrEqualTo(2);
        assertThat((Integer) as("admin.platform")
                        .body(Map.of("month", month))
                        .post("/api/v1/statement-runs")
                        .then()
                        .extract()
                        .path("issued"))
                .isZero();
        StatementIssued announced = EventJson.mapper()
                .readValue(
                        TopicReader.awaitRecord(
                                        Topics.LEDGER,
                                        r -> "io.deltashare.settlement.StatementIssued.v1"
                                                        .equals(TopicReader.header(r, "ce_type"))
                                                && r.value().contains(JIANGSU_FIRM.toString()),
                                        Duration.ofSeconds(30),
                                        "no StatementIssued for the Jiangsu firm")
                                .value(),
                        StatementIssued.class);
        assertThat(announced.partyKind()).isEqualTo("FIRM");
        assertThat(announced.month()).isEqualTo(YearMonth.parse(month));
        as("bureau.js")
                .body(Map.of("month", month))
                .post("/api/v1/statement-runs")
                .then()
                .statusCode(403);
        as("admin.platform")
                .body(Map.of("month", "soon"))
                .post("/api/v1/statement-runs")
                .then()
                .statusCode(400);
    }

    private static long fen(String amount) {
        return Money.parse(amount).fen();
    }

    @Test
    void aStatementLongerThanOneAnswerCarriesIsRefusedInEveryFormatNotBuilt() {
        java.util.UUID firm = java.util.UUID.randomUUID();
        String admin = io.deltashare.testkit.keycloak.Keycloak.shared().tokens().forUser("admin.platform", "demo");
        for (int i = 0; i < 201; i++) {
            io.restassured.RestAssured.given()
                    .auth()
                    .oauth2(admin)
                    .contentType("application/json")
                    .body(java.util.Map.of(
                            "kind",
                            "FIRM_PAYMENT",
                            "organizationId",
                            firm.toString(),
                            "amount",
                            java.util.Map.of("amount", "1.00", "currency", "CNY"),
                            "reference",
                            "transfer " + i))
                    .post("/api/v1/payments")
                    .then()
                    .statusCode(201);
        }
        String path = "/api/v1/statements/firms/" + firm + "/" + YearMonth.now(Clocks.SHANGHAI);

        for (String format : List.of("json", "csv", "pdf")) {
            as("admin.platform")
                    .get(path + "?format=" + format)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("has 201 lines, more than the 200"));
        }
    }
}
