package io.deltashare.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventTest {

    @EventType(value = "io.deltashare.contracts.SomethingHappened.v1", topic = "contracts.something.v1")
    record SomethingHappened(String subject) implements IntegrationEvent {}

    @Test
    void anEnvelopeSurvivesTheTripThroughKafkaHeaders() {
        CloudEvent sent = new CloudEvent(
                UUID.randomUUID(),
                "booking",
                "io.deltashare.booking.BookingConfirmed.v1",
                "b-42",
                Instant.parse("2026-05-01T00:00:00Z"));
        RecordHeaders headers = new RecordHeaders();
        sent.writeTo(headers);

        assertThat(CloudEvent.readFrom(headers)).contains(sent);
        assertThat(new String(headers.lastHeader("ce_specversion").value(), StandardCharsets.UTF_8))
                .isEqualTo("1.0");
        assertThat(new String(headers.lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/json");
    }

    @Test
    void theTypeOfANewEventComesFromItsRecord() {
        CloudEvent event = CloudEvent.of("contracts", new SomethingHappened("s-1"));

        assertThat(event.type()).isEqualTo("io.deltashare.contracts.SomethingHappened.v1");
        assertThat(event.subject()).isEqualTo("s-1");
        assertThat(event.source()).isEqualTo("contracts");
    }

    @Test
    void aMessageWithoutAnIdOrWithAMalformedIdHasNoEnvelope() {
        RecordHeaders missing = new RecordHeaders();
        missing.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        missing.add("ce_type", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(CloudEvent.readFrom(missing)).isEmpty();

        RecordHeaders malformed = new RecordHeaders();
        new CloudEvent(UUID.randomUUID(), "s", "t", null, Instant.now()).writeTo(malformed);
        malformed.remove("ce_id");
        malformed.add("ce_id", "not-a-uuid".getBytes(StandardCharsets.UTF_8));
        assertThat(CloudEvent.readFrom(malformed)).isEmpty();
    }
}
