package io.deltashare.innovationvoucher;

import static io.restassured.RestAssured.given;

import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.platform.time.Clocks;
import io.deltashare.testkit.kafka.Kafka;
import io.deltashare.testkit.kafka.TopicReader;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Keycloak;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Bureaus, firms and programs of the voucher tests; booking's part is played by publishing its events. */
public final class VoucherFixtures {

    public static final UUID JIANGSU_FIRM = DemoRealm.JS_BIOMED;
    public static final UUID ZHEJIANG_FIRM = DemoRealm.ZJ_MATERIALS;
    public static final UUID SHANGHAI_CENTRE = DemoRealm.SH_ANALYSIS_CENTRE;
    public static final UUID HEFEI_INSTITUTE = DemoRealm.AH_HEFEI_INSTITUTE;
    public static final List<String> ALL_REGIONS = List.of("CN-SH", "CN-JS", "CN-ZJ", "CN-AH");

    private VoucherFixtures() {}

    public static RequestSpecification as(String user) {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forUser(user, "demo"))
                .contentType(ContentType.JSON);
    }

    /** The demo partner portal, linked to js-biomed and zj-materials (client credentials). */
    public static RequestSpecification asPartnerPortal() {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forClient("partner-yangtze-lab-portal", "partner-demo-secret"))
                .contentType(ContentType.JSON);
    }

    /** A program body: ¥10,000 vouchers paying half of electron microscopy and NMR, applications open now. */
    public static Map<String, Object> aProgram(String region, List<String> acceptedRegions) {
        Map<String, Object> program = new HashMap<>();
        program.put("name", Map.of("zh", "科技创新券 " + region, "en", "Innovation vouchers " + region));
        program.put("region", region);
        program.put("totalBudget", yuan("1000000.00"));
        program.put("capPerFirmPerYear", yuan("30000.00"));
        program.put("faceValue", yuan("10000.00"));
        program.put("coverageRatio", "0.5");
        program.put("eligibleCategories", List.of("electron-microscopy", "nmr"));
        program.put("acceptedProviderRegions", acceptedRegions);
        LocalDate today = LocalDate.now(Clocks.SHANGHAI);
        program.put(
                "applicationWindow",
                Map.of(
                        "from",
                        today.minusDays(1).toString(),
                        "until",
                        today.plusDays(60).toString()));
        program.put(
                "voucherValidity",
                Map.of(
                        "from",
                        today.minusDays(1).toString(),
                        "until",
                        today.plusYears(1).toString()));
        return program;
    }

    public static Map<String, String> yuan(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }

    /** Creates and opens the program as the region's bureau; returns its id. */
    public static String openProgram(String bureau, Map<String, Object> program) {
        String id = as(bureau)
                .body(program)
                .post("/api/v1/voucher-programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(bureau).post("/api/v1/voucher-programs/" + id + "/opening").then().statusCode(200);
        return id;
    }

    /** The firm applies and the bureau approves; returns the voucher id. */
    public static String issuedVoucher(String firm, String bureau, String program) {
        String application = as(firm).body(Map.of("plannedUse", "SEM imaging of battery cathodes"))
                .post("/api/v1/voucher-programs/" + program + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return as(bureau)
                .post("/api/v1/voucher-applications/" + application + "/approval")
                .then()
                .statusCode(200)
                .extract()
                .path("voucherId");
    }

    public static io.deltashare.contracts.events.CloudEvent publishBookingEvent(IntegrationEvent event) {
        return TopicWriter.publish("booking", event);
    }

    public static BookingRequested requested(BookingSnapshot booking) {
        return new BookingRequested(booking);
    }

    /** The voucher service's event of {@code type} about {@code booking}. */
    public static ConsumerRecord<String, String> awaitVoucherEvent(String type, UUID booking) {
        return TopicReader.awaitRecord(
                Topics.VOUCHERS,
                r -> ("io.deltashare.innovationvoucher." + type + ".v1").equals(TopicReader.header(r, "ce_type"))
                        && r.value().contains(booking.toString()),
                Duration.ofSeconds(30),
                "no " + type + " for booking " + booking);
    }

    /** Every record on the voucher topic {@code wanted} accepts, once {@code count} of them are there. */
    public static List<ConsumerRecord<String, String>> awaitVoucherEvents(
            Predicate<ConsumerRecord<String, String>> wanted, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        Kafka.shared().bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "test-reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.VOUCHERS));
            while (found.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
