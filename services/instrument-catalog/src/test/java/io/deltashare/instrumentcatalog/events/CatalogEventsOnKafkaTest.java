package io.deltashare.instrumentcatalog.events;

import static io.deltashare.instrumentcatalog.CatalogFixtures.aFieldEmissionSem;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asOperator;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asShanghaiCentreStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listedInShanghai;
import static io.deltashare.instrumentcatalog.CatalogFixtures.providerDetails;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.Topics;
import io.deltashare.testkit.kafka.Kafka;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** What other services receive: CloudEvents on the catalog topics, read from the real broker. */
@QuarkusTest
class CatalogEventsOnKafkaTest {

    @Test
    void registeringAProviderPublishesProviderRegistered() throws Exception {
        String organization = UUID.randomUUID().toString();
        String id = asOperator().body(Map.of("organizationId", organization,
                        "details", providerDetails("Ningbo Institute of Materials", "CN-ZJ", "Ningbo")))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = firstWithKey(Topics.CATALOG_PROVIDERS, id, "ProviderRegistered");
        assertThat(header(record, "ce_source")).isEqualTo("instrument-catalog");
        assertThat(header(record, "ce_subject")).isEqualTo(id);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        ProviderRegistered event = EventJson.mapper().readValue(record.value(), ProviderRegistered.class);
        assertThat(event.provider().organizationId()).hasToString(organization);
        assertThat(event.provider().city()).isEqualTo("Ningbo");
    }

    @Test
    void listingAndWithdrawingAnInstrumentPublishFullSnapshots() throws Exception {
        String id = listedInShanghai(aFieldEmissionSem());
        asShanghaiCentreStaff().post("/api/v1/instruments/" + id + "/withdrawal").then().statusCode(200);

        InstrumentListed listed = EventJson.mapper().readValue(
                firstWithKey(Topics.CATALOG_INSTRUMENTS, id, "InstrumentListed").value(), InstrumentListed.class);
        assertThat(listed.instrument().name().zh()).isEqualTo("场发射扫描电镜");
        assertThat(listed.instrument().enterprisePrice().toDecimalString()).isEqualTo("600.00");
        assertThat(listed.instrument().openingHours()).hasSize(5);
        assertThat(listed.instrument().providerOrganizationId()).hasToString("0a1f0c5e-5d4b-4b8e-9f00-000000000201");

        InstrumentWithdrawn withdrawn = EventJson.mapper().readValue(
                firstWithKey(Topics.CATALOG_INSTRUMENTS, id, "InstrumentWithdrawn").value(), InstrumentWithdrawn.class);
        assertThat(withdrawn.instrument().status()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.instrument().version()).isGreaterThan(listed.instrument().version());
    }

    private static ConsumerRecord<String, String> firstWithKey(String topic, String key, String eventName) {
        String type = "io.deltashare.instrumentcatalog." + eventName + ".v1";
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Kafka.shared().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "catalog-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(seen::add);
                return seen.stream().anyMatch(r -> key.equals(r.key()) && type.equals(header(r, "ce_type")));
            });
        }
        return seen.stream().filter(r -> key.equals(r.key()) && type.equals(header(r, "ce_type"))).findFirst().orElseThrow();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
