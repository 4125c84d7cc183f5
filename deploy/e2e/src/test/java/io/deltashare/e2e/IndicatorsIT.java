package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.money.Money;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public indicators against the records they summarize, both ways: insight counts from events what
 * innovation-voucher keeps in its tables and settlement in its ledger, and each must agree with the other to the fen
 * (the bureau's receivable also carries the subsidies it approved and has not paid yet).
 * Run against whatever the other journeys left in the shared system; insight catches up within the wait.
 */
class IndicatorsIT {

    private static final List<String> REGIONS = List.of("CN-SH", "CN-JS", "CN-ZJ", "CN-AH");
    private static final Map<String, String> BUREAUS =
            Map.of("CN-SH", "bureau.sh", "CN-JS", "bureau.js", "CN-ZJ", "bureau.zj", "CN-AH", "bureau.ah");

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    @Test
    void thePublicIndicatorsAgreeWithTheVoucherRecordsAndTheLedger() {
        int year = LocalDate.now(Demo.SHANGHAI).getYear();
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonPath indicators = system.anonymous()
                            .get("/api/v1/indicators?year=" + year)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    for (String region : REGIONS) {
                        theVoucherRecordsSayTheSame(indicators, region, year);
                        theLedgerSaysTheSame(indicators, region);
                    }
                });
    }

    @Test
    void theDeltaIsTheSumOfItsRegionsAndThePlatformScaleCountsTheDemoCatalog() {
        JsonPath indicators = system.anonymous()
                .get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (String figure :
                List.of("servicesBought", "crossRegionServicesBought", "redeemed", "cashed", "valueIssued")) {
            long sum = REGIONS.stream()
                    .mapToLong(r -> fen(indicators, region(r) + figure + ".value"))
                    .sum();
            assertThat(fen(indicators, "delta." + figure + ".value")).as(figure).isEqualTo(sum);
        }
        // the platform's scale counts what the public catalog lists, one by one
        // every two seconds: a read without a token is charged to the address's budget (300 a minute)
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    JsonPath scale = system.anonymous()
                            .get("/api/v1/indicators/platform")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    assertThat(scale.getLong("total.providers")).isEqualTo(counted("/api/v1/providers"));
                    assertThat(scale.getLong("total.instruments")).isEqualTo(counted("/api/v1/instruments"));
                    assertThat(scale.getLong("total.services")).isEqualTo(counted("/api/v1/service-offers"));
                    assertThat(scale.getList("byRegion.instruments", Long.class).stream()
                                    .mapToLong(Long::longValue)
                                    .sum())
                            .isEqualTo(scale.getLong("total.instruments"));
                    assertThat(Money.parse(scale.getString("total.originalValue.amount"))
                                    .fen())
                            .isPositive();
                });
    }

    /** How many items a public list of the catalog has, page by page (read signed in, on the caller's budget). */
    private static long counted(String list) {
        long count = 0;
        String cursor = null;
        do {
            var request = system.as("firm.js-biomed").queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(list).then().statusCode(200).extract().jsonPath();
            count += page.getList("items").size();
            String next = page.getString("next");
            cursor = next == null
                    ? null
                    : java.net.URLDecoder.decode(
                            next.replaceAll(".*[?&]cursor=([^&]*).*", "$1"), java.nio.charset.StandardCharsets.UTF_8);
        } while (cursor != null);
        return count;
    }

    /** innovation-voucher's statistics of the region's year: the same firms, vouchers, services and redemptions. */
    private static void theVoucherRecordsSayTheSame(JsonPath indicators, String region, int year) {
        JsonPath statistics = system.as("admin.platform")
                .get("/api/v1/voucher-statistics?region=" + region + "&year=" + year)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String own = region(region);
        assertThat(indicators.getLong(own + "firmsApplied.value"))
                .as("%s firms applied", region)
                .isEqualTo(statistics.getLong("regions[0].firmsApplied"));
        assertThat(indicators.getLong(own + "vouchersIssued.value"))
                .as("%s vouchers issued", region)
                .isEqualTo(statistics.getLong("regions[0].vouchersIssued"));
        for (String figure : List.of("valueIssued", "servicesBought", "crossRegionServicesBought", "redeemed")) {
            assertThat(indicators.getString(own + figure + ".value.amount"))
                    .as("%s %s", region, figure)
                    .isEqualTo(statistics.getString("regions[0]." + figure + ".amount"));
        }
    }

    /**
     * settlement's ledger: what the region's bureau still owes is what its vouchers redeemed less what it cashed, over
     * the system's whole life (this year and the last, should the run straddle New Year), and what it cashed is what
     * its paid claim batches total.
     */
    private static void theLedgerSaysTheSame(JsonPath indicators, String region) {
        String own = region(region);
        long redeemed = fen(indicators, own + "redeemed.value") + fen(indicators, own + "redeemed.base");
        long cashed = fen(indicators, own + "cashed.value") + fen(indicators, own + "cashed.base");
        String owed = system.as(BUREAUS.get(region))
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.kind == 'BUREAU_RECEIVABLE' && it.owner == '" + region + "' }.owed.amount");
        // subsidies the bureau approved and has not paid yet are owed through the same account
        long subsidies = system
                .as("finance.platform")
                .get("/api/v1/subsidies?limit=100&region=" + region)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.status == 'APPROVED' }.total.amount", String.class)
                .stream()
                .mapToLong(amount -> Money.parse(amount).fen())
                .sum();
        assertThat(owed == null ? 0 : Money.parse(owed).fen())
                .as(
                        "%s bureau's receivable: redeemed %d less cashed %d plus unpaid subsidies %d (fen)",
                        region, redeemed, cashed, subsidies)
                .isEqualTo(redeemed - cashed + subsidies);
        JsonPath paid = system.as("finance.platform")
                .get("/api/v1/claim-batches?status=PAID&limit=100&region=" + region)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(paid.getString("next"))
                .as("all of %s's paid batches on one page", region)
                .isNull();
        long batches = paid.getList("items.total.amount", String.class).stream()
                .mapToLong(amount -> Money.parse(amount).fen())
                .sum();
        assertThat(batches).as("%s paid claim batches", region).isEqualTo(cashed);
    }

    private static String region(String region) {
        return "regions.find { it.region == '" + region + "' }.";
    }

    private static long fen(JsonPath json, String moneyPath) {
        return Money.parse(json.getString(moneyPath + ".amount")).fen();
    }
}
