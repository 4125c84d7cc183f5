package io.deltashare.insight.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.insight.Happenings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The platform's scale as the catalog and membership announce it: listings, their original value and the large units
 * among them, by region and by category; a withdrawn instrument no longer counts. Played in Tibet (CN-XZ), a region
 * no other test of this module uses.
 */
@QuarkusTest
class PlatformScaleApiTest {

    private static final Region TIBET = Region.ofCode("CN-XZ");

    @Test
    void listingsTheirValueAndTheLargeUnitsAreCountedByRegionAndCategory() {
        String category = "scale-test-" + UUID.randomUUID().toString().substring(0, 8);
        UUID provider = Happenings.provider(TIBET);
        Happenings.instrument(provider, TIBET, category, "5000000.00");
        Happenings.instrument(provider, TIBET, category, "1234567.89");
        InstrumentSnapshot gone = Happenings.instrument(provider, TIBET, category, "9000000.00");
        Happenings.publish("instrument-catalog", new InstrumentWithdrawn(withdrawn(gone)));
        Happenings.admitted("firm", TIBET);
        Happenings.admitted("research", TIBET);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath scale = given().get("/api/v1/indicators/platform")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String tibet = "byRegion.find { it.region == 'CN-XZ' }.";
            assertThat(scale.getInt(tibet + "providers")).isEqualTo(1);
            assertThat(scale.getInt(tibet + "instruments")).isEqualTo(2);
            assertThat(scale.getString(tibet + "originalValue.amount")).isEqualTo("6234567.89");
            assertThat(scale.getInt(tibet + "largeUnits")).isEqualTo(1);
            String inCategory = "byCategory.find { it.category == '" + category + "' }.";
            assertThat(scale.getInt(inCategory + "instruments")).isEqualTo(2);
            assertThat(scale.getString(inCategory + "originalValue.amount")).isEqualTo("6234567.89");
            assertThat(scale.getInt("organizations.find { it.kind == 'firm' && it.region == 'CN-XZ' }.organizations"))
                    .isEqualTo(1);
            assertThat(scale.getInt(
                            "organizations.find { it.kind == 'research' && it.region == 'CN-XZ' }.organizations"))
                    .isEqualTo(1);
            assertThat(scale.getString("largeUnitValue.amount")).isEqualTo("5000000.00");
            assertThat(scale.getInt("total.instruments")).isGreaterThanOrEqualTo(2);
        });
    }

    private static InstrumentSnapshot withdrawn(InstrumentSnapshot i) {
        return new InstrumentSnapshot(
                i.id(),
                i.providerId(),
                i.providerOrganizationId(),
                i.providerRegion(),
                i.city(),
                i.name(),
                i.description(),
                i.category(),
                i.manufacturer(),
                i.model(),
                i.originalValue(),
                i.location(),
                i.bookingMode(),
                i.academicPrice(),
                i.enterprisePrice(),
                i.voucherEligible(),
                i.openingHours(),
                i.minDurationMinutes(),
                i.maxDurationMinutes(),
                i.leadTimeHours(),
                i.approvalRequired(),
                "WITHDRAWN",
                i.version() + 1);
    }
}
