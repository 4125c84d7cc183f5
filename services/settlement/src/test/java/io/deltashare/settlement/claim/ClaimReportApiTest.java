package io.deltashare.settlement.claim;

import static io.deltashare.settlement.SettlementFixtures.as;
import static io.deltashare.settlement.SettlementFixtures.awaitPosted;
import static io.deltashare.settlement.SettlementFixtures.publish;
import static io.deltashare.settlement.SettlementFixtures.redeemed;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static io.deltashare.testkit.fixtures.AnInstrument.anInstrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.deltashare.contracts.money.Money;
import io.deltashare.documents.text.Amounts;
import io.deltashare.platform.time.Clocks;
import io.deltashare.testkit.documents.Pdfs;
import io.deltashare.testkit.fixtures.ABooking;
import io.deltashare.testkit.kafka.Inboxes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The claim report a bureau files: its batch, the redemptions grouped by provider and region with the cross-region
 * ones marked, named as the catalog and membership name them, and totals that equal what the ledger posted.
 */
@QuarkusTest
class ClaimReportApiTest {

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Test
    void theShanghaiBureausReportNamesItsProvidersMarksTheCrossRegionLineAndAddsUpToTheLedger() throws Exception {
        UUID firm = organization("上海纳米科技有限公司", "Shanghai Nanotech Co., Ltd.", Region.CN_SH);
        UUID shanghaiProvider = organization("上海交通大学分析测试中心", "SJTU Instrumental Analysis Center", Region.CN_SH);
        UUID zhejiangProvider = organization("浙江大学流体工程实验室", "ZJU Fluid Engineering Lab", Region.CN_ZJ);
        InstrumentSnapshot nmr = anInstrument()
                .of(UUID.randomUUID(), zhejiangProvider, Region.CN_ZJ)
                .named("600兆核磁共振波谱仪", "600 MHz NMR spectrometer")
                .build();
        Inboxes.awaitTaken(dataSource, publish("instrument-catalog", new InstrumentListed(nmr)));
        List<BookingSnapshot> bookings = List.of(
                completed(aBooking()
                        .by(firm, Region.CN_SH)
                        .at(zhejiangProvider, Region.CN_ZJ)
                        .of(nmr.id())
                        .costing("1800.00")),
                completed(aBooking()
                        .by(firm, Region.CN_SH)
                        .at(shanghaiProvider, Region.CN_SH)
                        .costing("640.00")));
        String month = YearMonth.now(Clocks.SHANGHAI).toString();
        JsonPath batch = as("bureau.sh")
                .body(Map.of("region", "CN-SH", "month", month))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = batch.getString("id");
        long total = Money.parse(batch.getString("total.amount")).fen();
        long crossRegion =
                Money.parse(batch.getString("crossRegionTotal.amount")).fen();
        assertThat(ledgerOwedFor(bookings.stream().map(BookingSnapshot::id).toList()))
                .as("the two redemptions the ledger posted to the Shanghai bureau")
                .isEqualTo(90_000 + 32_000);
        assertThat(total).isEqualTo(ledgerOwedFor(batchBookings(batch)));

        byte[] pdf = Pdfs.download(as("bureau.sh"), "/api/v1/claim-batches/" + id + "/report");

        String text = Pdfs.textOnOneLine(pdf);
        assertThat(text)
                .contains("创新券兑付申请表", "Innovation voucher claim report", "批次 Batch " + id)
                .contains("发券部门 Issuing bureau 上海市 Shanghai (CN-SH)")
                .contains("兑付合计 Total owed " + Amounts.withSign(total))
                .contains("其中跨区域 Of which cross-region " + Amounts.withSign(crossRegion))
                .contains("浙江大学流体工程实验室 ZJU Fluid Engineering Lab")
                .contains("上海交通大学分析测试中心 SJTU Instrumental Analysis Center")
                .contains("明细 Lines · 浙江省 Zhejiang (CN-ZJ) · 跨区域 cross-region")
                .contains("600兆核磁共振波谱仪 600 MHz NMR spectrometer")
                .contains("上海纳米科技有限公司")
                .contains("1,800.00 900.00")
                .contains("审核人 Approved by");
        assertThat(text).as("the summary's total row").contains(Amounts.yuan(total));
        Pdfs.render(pdf, "claim-report");

        String csv = new String(
                        as("bureau.sh")
                                .queryParam("format", "csv")
                                .get("/api/v1/claim-batches/" + id + "/report")
                                .then()
                                .statusCode(200)
                                .contentType("text/csv")
                                .extract()
                                .asByteArray(),
                        StandardCharsets.UTF_8)
                .substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows.stream()
                        .mapToLong(r -> Money.parse(r.get("amount")).fen())
                        .sum())
                .isEqualTo(total);
        assertThat(rows)
                .filteredOn(r -> r.get("provider_region").equals("CN-ZJ"))
                .allSatisfy(r -> assertThat(r.get("cross_region")).isEqualTo("true"));

        as("bureau.sh")
                .get("/api/v1/claim-batches/" + id + "/report")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(id));
        as("bureau.zj")
                .accept("application/pdf")
                .get("/api/v1/claim-batches/" + id + "/report")
                .then()
                .statusCode(404);
        as("bureau.sh")
                .queryParam("format", "docx")
                .get("/api/v1/claim-batches/" + id + "/report")
                .then()
                .statusCode(400)
                .body("detail", containsString("json, csv, pdf"));
    }

    private UUID organization(String zh, String en, Region region) {
        UUID id = UUID.randomUUID();
        CloudEvent admitted = publish(
                "membership",
                new OrganizationAdmitted(
                        UUID.randomUUID(),
                        new OrganizationSnapshot(
                                id,
                                "org-" + id.toString().substring(0, 8),
                                "firm",
                                new LocalizedText(zh, en),
                                region,
                                "Shanghai",
                                null,
                                null)));
        Inboxes.awaitTaken(dataSource, admitted);
        return id;
    }

    private BookingSnapshot completed(ABooking booking) {
        BookingSnapshot snapshot = booking.status("COMPLETED").atVersion(5).build();
        awaitPosted(entityManager, publish("booking", new BookingCompleted(snapshot)));
        awaitPosted(entityManager, publish("innovation-voucher", redeemed(snapshot, Region.CN_SH)));
        return snapshot;
    }

    private static List<UUID> batchBookings(JsonPath batch) {
        return batch.getList("redemptions.bookingId", String.class).stream()
                .map(UUID::fromString)
                .toList();
    }

    /** What the ledger posted to the Shanghai bureau's account for the voucher shares of {@code bookings}. */
    private long ledgerOwedFor(List<UUID> bookings) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("""
                                SELECT coalesce(sum(p.amount_fen), 0) FROM posting p
                                JOIN account a ON a.id = p.account_id
                                JOIN journal_transaction t ON t.id = p.transaction_id
                                WHERE a.kind = 'BUREAU_RECEIVABLE' AND a.owner = 'CN-SH'
                                  AND t.kind = 'VOUCHER_REDEEMED' AND t.booking_id = ANY(?1)""")
                                .setParameter(1, bookings.toArray(UUID[]::new))
                                .getSingleResult())
                        .longValue());
    }
}
