package io.deltashare.instrumentcatalog.events;

import static io.deltashare.instrumentcatalog.CatalogFixtures.aFieldEmissionSem;
import static io.deltashare.instrumentcatalog.CatalogFixtures.aPumpDevelopmentService;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asOperator;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asShanghaiCentreStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listedInShanghai;
import static io.deltashare.instrumentcatalog.CatalogFixtures.offeredAs;
import static io.deltashare.instrumentcatalog.CatalogFixtures.providerDetails;
import static io.deltashare.instrumentcatalog.CatalogFixtures.shanghaiCentre;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.catalog.ServiceOfferListed;
import io.deltashare.contracts.catalog.ServiceOfferUpdated;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What other services receive: CloudEvents on the catalog topics, read from the real broker. */
@QuarkusTest
class CatalogEventsOnKafkaTest {

    @Test
    void registeringAProviderPublishesProviderRegistered() throws Exception {
        String organization = UUID.randomUUID().toString();
        String id = asOperator()
                .body(Map.of(
                        "organizationId",
                        organization,
                        "details",
                        providerDetails("Ningbo Institute of Materials", "CN-ZJ", "Ningbo")))
                .post("/api/v1/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        ConsumerRecord<String, String> record = firstWithKey(Topics.CATALOG_PROVIDERS, id, "ProviderRegistered");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("instrument-catalog");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        ProviderRegistered event = EventJson.mapper().readValue(record.value(), ProviderRegistered.class);
        assertThat(event.provider().organizationId()).hasToString(organization);
        assertThat(event.provider().city()).isEqualTo("Ningbo");
    }

    @Test
    void listingAndWithdrawingAnInstrumentPublishFullSnapshots() throws Exception {
        String id = listedInShanghai(aFieldEmissionSem());
        asShanghaiCentreStaff()
                .post("/api/v1/instruments/" + id + "/withdrawal")
                .then()
                .statusCode(200);

        InstrumentListed listed = EventJson.mapper()
                .readValue(
                        firstWithKey(Topics.CATALOG_INSTRUMENTS, id, "InstrumentListed")
                                .value(),
                        InstrumentListed.class);
        assertThat(listed.instrument().name().zh()).isEqualTo("场发射扫描电镜");
        assertThat(listed.instrument().enterprisePrice().toDecimalString()).isEqualTo("600.00");
        assertThat(listed.instrument().openingHours()).hasSize(5);
        assertThat(listed.instrument().providerOrganizationId()).hasToString(DemoRealm.SH_ANALYSIS_CENTRE.toString());

        InstrumentWithdrawn withdrawn = EventJson.mapper()
                .readValue(
                        firstWithKey(Topics.CATALOG_INSTRUMENTS, id, "InstrumentWithdrawn")
                                .value(),
                        InstrumentWithdrawn.class);
        assertThat(withdrawn.instrument().status()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.instrument().version())
                .isGreaterThan(listed.instrument().version());
    }

    @Test
    void anApprovedServiceOfferIsPublishedWithItsKind() throws Exception {
        String id = offeredAs(asShanghaiCentreStaff(), shanghaiCentre(), aPumpDevelopmentService());
        asShanghaiCentreStaff()
                .post("/api/v1/service-offers/" + id + "/pause")
                .then()
                .statusCode(200);

        ServiceOfferListed listed = EventJson.mapper()
                .readValue(
                        firstWithKey(Topics.CATALOG_SERVICE_OFFERS, id, "ServiceOfferListed")
                                .value(),
                        ServiceOfferListed.class);
        assertThat(listed.offer().kind()).isEqualTo(ServiceKind.DEVELOPMENT);
        assertThat(listed.offer().category()).isEqualTo("equipment-development");
        assertThat(listed.offer().enterprisePrice()).isNull();
        assertThat(listed.offer().providerRegion()).isEqualTo(Region.CN_SH);
        ServiceOfferUpdated paused = EventJson.mapper()
                .readValue(
                        firstWithKey(Topics.CATALOG_SERVICE_OFFERS, id, "ServiceOfferUpdated")
                                .value(),
                        ServiceOfferUpdated.class);
        assertThat(paused.offer().status()).isEqualTo("PAUSED");
    }

    private static ConsumerRecord<String, String> firstWithKey(String topic, String key, String eventName) {
        return TopicReader.awaitEvent(
                topic, key, "io.deltashare.instrumentcatalog." + eventName + ".v1", Duration.ofSeconds(30));
    }
}
