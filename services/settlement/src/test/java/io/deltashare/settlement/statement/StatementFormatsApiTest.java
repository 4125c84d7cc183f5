package io.deltashare.settlement.statement;

import static io.deltashare.settlement.SettlementFixtures.JIANGSU_FIRM;
import static io.deltashare.settlement.SettlementFixtures.SHANGHAI_CENTRE;
import static io.deltashare.settlement.SettlementFixtures.as;
import static io.deltashare.settlement.SettlementFixtures.awaitPosted;
import static io.deltashare.settlement.SettlementFixtures.publish;
import static io.deltashare.settlement.SettlementFixtures.redeemed;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.StatementIssued;
import io.deltashare.platform.time.Clocks;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.keycloak.PartnerClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A month's statement adds up to the fen in JSON, CSV and PDF, and only its party (or the admin) may read it. */
@QuarkusTest
class StatementFormatsApiTest {

    @Inject
    EntityManager entityManager;

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

        String csv = as("firm.js-biomed")
                .queryParam("format", "csv")
                .get(path)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
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
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("DeltaShare statement - FIRM " + JIANGSU_FIRM + " - " + month)
                    .contains("Opening balance: " + Money.ofFen(opening).toDecimalString() + " CNY")
                    .contains("Total of lines: " + Money.ofFen(lines).toDecimalString() + " CNY")
                    .contains("Closing balance: " + Money.ofFen(closing).toDecimalString() + " CNY")
                    .contains("BOOKING_COMPLETED")
                    .contains("VOUCHER_REDEEMED")
                    .contains("333.33")
                    .contains("-166.66");
        }
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
