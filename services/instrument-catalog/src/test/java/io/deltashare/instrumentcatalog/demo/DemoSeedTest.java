package io.deltashare.instrumentcatalog.demo;

import static io.deltashare.instrumentcatalog.CatalogFixtures.as;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asJiangsuFirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.instrumentcatalog.demo.application.SeedAnnouncer;
import io.deltashare.testkit.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo seed, loaded as the dev and demo profiles load it, seen through the API and on Kafka. */
@QuarkusTest
@TestProfile(DemoSeedTest.WithDemoSeed.class)
class DemoSeedTest {

    /** What {@code %dev} and {@code %demo} set in application.properties. */
    public static class WithDemoSeed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.flyway.locations", "db/migration,db/platform,db/demo", "catalog.seed.announce", "true");
        }
    }

    private static final String SHANGHAI_SEM = "d0000000-0000-4000-8000-000000000001";
    private static final String SSRF = "c0000000-0000-4000-8000-000000000003";

    @Inject
    SeedAnnouncer announcer;

    @Test
    void providersSpreadOverTheFourProvinces() {
        JsonPath providers = asJiangsuFirm()
                .get("/api/v1/providers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(providers.getList("items.id")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(new HashSet<>(providers.getList("items.region")))
                .containsExactlyInAnyOrder("CN-SH", "CN-JS", "CN-ZJ", "CN-AH");
        assertThat(new HashSet<>(providers.getList("items.type")))
                .contains("UNIVERSITY", "INSTITUTE", "BIG_SCIENCE_FACILITY", "TESTING_BODY");
    }

    @Test
    void sixtyInstrumentsInTenCategoriesAreSearchable() {
        List<Map<String, Object>> all = new ArrayList<>();
        String next = "/api/v1/instruments?limit=50";
        while (next != null) {
            JsonPath page =
                    asJiangsuFirm().get(next).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            next = page.getString("next");
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        Set<Object> categories = new HashSet<>();
        all.forEach(i -> categories.add(i.get("category")));
        assertThat(categories).hasSizeGreaterThanOrEqualTo(10);

        asJiangsuFirm()
                .get("/api/v1/instruments?q=电镜&region=CN-SH")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(SHANGHAI_SEM));
        asJiangsuFirm()
                .get("/api/v1/instruments?q=beamline&city=shanghai&sort=price")
                .then()
                .statusCode(200)
                .body("items.providerId", hasItem(SSRF));
    }

    @Test
    void seededRowsReachKafkaOnceAndTheirStaffCanManageThem() throws Exception {
        InstrumentListed listed = EventJson.mapper()
                .readValue(
                        TopicReader.awaitEvent(
                                        Topics.CATALOG_INSTRUMENTS,
                                        SHANGHAI_SEM,
                                        "io.deltashare.instrumentcatalog.InstrumentListed.v1",
                                        Duration.ofSeconds(30))
                                .value(),
                        InstrumentListed.class);
        assertThat(listed.instrument().name().zh()).isEqualTo("场发射扫描电镜");
        assertThat(listed.instrument().providerRegion().code()).isEqualTo("CN-SH");
        TopicReader.awaitEvent(
                Topics.CATALOG_PROVIDERS,
                SSRF,
                "io.deltashare.instrumentcatalog.ProviderRegistered.v1",
                Duration.ofSeconds(30));

        assertThat(announcer.announce()).as("a second start announces nothing").isZero();

        String etag = as("provider.sh-analysis-centre")
                .get("/api/v1/instruments/" + SHANGHAI_SEM)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as("provider.sh-analysis-centre")
                .header("If-Match", etag)
                .post("/api/v1/instruments/" + SHANGHAI_SEM + "/maintenance")
                .then()
                .statusCode(200)
                .body("status", equalTo("MAINTENANCE"));
    }
}
