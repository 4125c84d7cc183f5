package io.deltashare.settlement;

import static io.restassured.RestAssured.given;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;

/** Firms, providers and bureaus of the settlement tests; booking and innovation-voucher are played by their events. */
public final class SettlementFixtures {

    public static final UUID JIANGSU_FIRM = DemoRealm.JS_BIOMED;
    public static final UUID SHANGHAI_CENTRE = DemoRealm.SH_ANALYSIS_CENTRE;

    private SettlementFixtures() {}

    public static RequestSpecification as(String user) {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forUser(user, "demo"))
                .contentType(ContentType.JSON);
    }

    /** The voucher's redemption for {@code booking}: half the fee, rounded down, paid by {@code issuingRegion}. */
    public static VoucherRedeemed redeemed(BookingSnapshot booking, Region issuingRegion) {
        return redeemed(booking, issuingRegion, null);
    }

    /**
     * The redemption for {@code booking} of a voucher the bureau of pilot locality {@code locality} (null: the
     * province's) of {@code issuingRegion} issued.
     */
    public static VoucherRedeemed redeemed(BookingSnapshot booking, Region issuingRegion, String locality) {
        Money fee = booking.fee().amount();
        return new VoucherRedeemed(
                booking.voucherId(),
                booking.id(),
                UUID.randomUUID(),
                issuingRegion,
                booking.firmOrganizationId(),
                booking.providerOrganizationId(),
                booking.providerRegion(),
                booking.instrumentCategory(),
                fee,
                fee.shareRoundedDown(new BigDecimal("0.5")),
                Money.ZERO,
                Instant.now(),
                locality);
    }

    public static CloudEvent publish(String source, IntegrationEvent event) {
        return TopicWriter.publish(source, event);
    }

    /** The Kafka record a producer would send for {@code event} in {@code envelope}, to feed or redeliver. */
    public static ConsumerRecord<String, String> record(CloudEvent envelope, IntegrationEvent event) {
        try {
            String topic = IntegrationEvent.typeOf(event.getClass()).topic();
            ProducerRecord<String, String> produced = new ProducerRecord<>(
                    topic, event.subject(), EventJson.mapper().writeValueAsString(event));
            envelope.writeTo(produced.headers());
            ConsumerRecord<String, String> record =
                    new ConsumerRecord<>(topic, 0, 0, event.subject(), produced.value());
            produced.headers().forEach(h -> record.headers().add(h));
            return record;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void redeliver(CloudEvent envelope, IntegrationEvent event) {
        ConsumerRecord<String, String> record = record(envelope, event);
        ProducerRecord<String, String> again = new ProducerRecord<>(record.topic(), record.key(), record.value());
        record.headers().forEach(h -> again.headers().add(h));
        TopicWriter.send(again);
    }

    /** Waits until the event's journal transaction is written. */
    public static void awaitPosted(EntityManager entityManager, CloudEvent envelope) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                                .createNativeQuery(
                                                        "SELECT count(*) FROM journal_transaction WHERE event_id = ?1")
                                                .setParameter(1, envelope.id())
                                                .getSingleResult())
                                        .longValue()
                                == 1));
    }

    /** Balance of one account in fen (debit positive), straight from the database. */
    public static long balance(EntityManager entityManager, String kind, String owner) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("""
                        SELECT coalesce(sum(p.amount_fen), 0) FROM posting p JOIN account a ON a.id = p.account_id
                        WHERE a.kind = ?1 AND a.owner = ?2""")
                                .setParameter(1, kind)
                                .setParameter(2, owner)
                                .getSingleResult())
                        .longValue());
    }
}
