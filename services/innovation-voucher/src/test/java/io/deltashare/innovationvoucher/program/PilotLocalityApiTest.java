package io.deltashare.innovationvoucher.program;

import static io.deltashare.innovationvoucher.VoucherFixtures.ALL_REGIONS;
import static io.deltashare.innovationvoucher.VoucherFixtures.aProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.as;
import static io.deltashare.innovationvoucher.VoucherFixtures.awaitVoucherEvent;
import static io.deltashare.innovationvoucher.VoucherFixtures.issuedVoucher;
import static io.deltashare.innovationvoucher.VoucherFixtures.openProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.publishBookingEvent;
import static io.deltashare.innovationvoucher.VoucherFixtures.requested;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.testkit.fixtures.ABooking;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A pilot locality (吴江, under Jiangsu) issues vouchers of its own: its bureau runs its programs on their own budget and
 * decides their applications; it sees nothing of the province's programs, while the province's bureau sees its
 * locality's applications and figures but does not run its programs.
 */
@QuarkusTest
class PilotLocalityApiTest {

    private static final String WUJIANG = "bureau.js-wujiang";
    private static final Map<String, String> APPLICATION = Map.of("plannedUse", "SEM imaging of a new membrane");

    @Test
    void aPilotLocalitysBureauRunsItsOwnProgramsAndItsProvinceSeesTheirFigures() {
        JsonPath before = statistics(WUJIANG);
        String program = openProgram(WUJIANG, aProgram("CN-JS", ALL_REGIONS));
        as("firm.js-biomed")
                .get("/api/v1/voucher-programs/" + program)
                .then()
                .body("locality", equalTo(DemoRealm.JS_WUJIANG))
                .body("region", equalTo("CN-JS"));
        as("bureau.js")
                .post("/api/v1/voucher-programs/" + program + "/suspension")
                .then()
                .statusCode(403);

        String application = applied(program);
        as("bureau.js")
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(403);
        String voucher = as(WUJIANG)
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(200)
                .extract()
                .path("voucherId");

        // the locality's bureau sees its own programs' applications and vouchers, not the province's
        String provinceApplication = applied(openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS)));
        as(WUJIANG)
                .get("/api/v1/voucher-applications/" + provinceApplication)
                .then()
                .statusCode(404);
        as(WUJIANG)
                .body(Map.of("reason", "not ours"))
                .post("/api/v1/voucher-applications/" + provinceApplication + "/rejection")
                .then()
                .statusCode(404);
        as(WUJIANG)
                .get("/api/v1/voucher-applications?limit=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(application))
                .body("items.id", not(hasItem(provinceApplication)));
        as(WUJIANG).get("/api/v1/vouchers/" + voucher).then().statusCode(200);
        as("bureau.js")
                .get("/api/v1/voucher-applications/" + application)
                .then()
                .statusCode(200);
        as("bureau.js").get("/api/v1/vouchers/" + voucher).then().statusCode(200);

        // figures: the locality sees its own; the province its whole region and each locality apart
        JsonPath own = statistics(WUJIANG);
        assertThat(own.getList("regions")).isEmpty();
        assertThat(own.getString("localities[0].locality")).isEqualTo(DemoRealm.JS_WUJIANG);
        assertThat(own.getLong("localities[0].vouchersIssued") - before.getLong("localities[0].vouchersIssued"))
                .isEqualTo(1);
        assertThat(own.getString("localities[0].valueIssued.amount")).isNotNull();
        JsonPath province = statistics("bureau.js");
        assertThat(province.getString("regions[0].region")).isEqualTo("CN-JS");
        assertThat(province.getLong("localities.find { it.locality == '" + DemoRealm.JS_WUJIANG + "' }.vouchersIssued"))
                .isEqualTo(own.getLong("localities[0].vouchersIssued"));
        assertThat(province.getLong("regions[0].vouchersIssued"))
                .isGreaterThan(own.getLong("localities[0].vouchersIssued"));
        as(WUJIANG).get("/api/v1/voucher-statistics?region=CN-ZJ").then().statusCode(403);
    }

    @Test
    void aRedemptionOfALocalitysVoucherNamesTheLocalityThatPaysIt() throws Exception {
        String program = openProgram(WUJIANG, aProgram("CN-JS", ALL_REGIONS));
        String voucher = issuedVoucher("firm.js-biomed", WUJIANG, program);
        ABooking booking = aBooking()
                .withId(UUID.randomUUID())
                .by(DemoRealm.JS_BIOMED, Region.CN_JS)
                .at(DemoRealm.SH_ANALYSIS_CENTRE, Region.CN_SH)
                .inCategory("electron-microscopy")
                .costing("1000.00")
                .paidWith(UUID.fromString(voucher));
        UUID id = booking.build().id();
        publishBookingEvent(requested(booking.status("REQUESTED").build()));
        awaitVoucherEvent("VoucherReserved", id);
        publishBookingEvent(
                new BookingCompleted(booking.status("COMPLETED").atVersion(5).build()));

        VoucherRedeemed redeemed = EventJson.mapper()
                .readValue(awaitVoucherEvent("VoucherRedeemed", id).value(), VoucherRedeemed.class);
        assertThat(redeemed.issuingRegion()).isEqualTo(Region.CN_JS);
        assertThat(redeemed.issuingLocality()).isEqualTo(DemoRealm.JS_WUJIANG);
        assertThat(redeemed.redeemed()).isEqualTo(Money.parse("500.00"));
    }

    @Test
    void aProgramsLocalityIsAPilotLocalityOfItsRegionAndItsOwnBureausToName() {
        Map<String, Object> zhejiangLocality = new HashMap<>(aProgram("CN-JS", ALL_REGIONS));
        zhejiangLocality.put("locality", "330421");
        as(WUJIANG)
                .body(zhejiangLocality)
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("locality"));

        Map<String, Object> wujiang = new HashMap<>(aProgram("CN-JS", ALL_REGIONS));
        wujiang.put("locality", DemoRealm.JS_WUJIANG);
        as("bureau.js").body(wujiang).post("/api/v1/voucher-programs").then().statusCode(403);
        as("bureau.js")
                .body(aProgram("CN-JS", ALL_REGIONS))
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(201)
                .body("locality", equalTo(null));
        as("admin.platform")
                .body(wujiang)
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(201)
                .body("locality", equalTo(DemoRealm.JS_WUJIANG));
    }

    private static String applied(String program) {
        return as("firm.js-biomed")
                .body(APPLICATION)
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static JsonPath statistics(String bureau) {
        return as(bureau)
                .get("/api/v1/voucher-statistics")
                .then()
                .statusCode(200)
                .body("localities", not(empty()))
                .extract()
                .jsonPath();
    }
}
