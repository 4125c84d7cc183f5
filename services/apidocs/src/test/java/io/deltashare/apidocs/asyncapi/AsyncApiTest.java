package io.deltashare.apidocs.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.KnownEvents;
import io.deltashare.contracts.webhook.WebhookEvents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI documents list every event type the contracts define (and every one partners may subscribe to), and
 * each record's schema takes the golden JSON its contracts test holds it to, so the schemas cannot drift from what
 * is sent.
 */
class AsyncApiTest {

    private static final Function<String, JsonNode> GOLDEN =
            AsyncApiDocuments.golden(Path.of("../contracts/src/test/resources/golden"));
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void theEventsDocumentHasEveryEventTypeOnItsTopicWithItsGoldenExample() {
        ObjectNode events = AsyncApi.events(GOLDEN);

        assertThat(events.path("asyncapi").asText()).isEqualTo("3.0.0");
        Set<String> named = new java.util.HashSet<>();
        events.path("components")
                .path("messages")
                .forEach(message -> named.add(message.path("name").asText()));
        assertThat(named)
                .containsExactlyInAnyOrderElementsOf(KnownEvents.ALL.stream()
                        .map(event -> IntegrationEvent.typeOf(event).value())
                        .toList());
        for (Class<? extends IntegrationEvent> event : KnownEvents.ALL) {
            String id = AsyncApi.messageId(event);
            String topic = IntegrationEvent.typeOf(event).topic();
            JsonNode channel = events.path("channels").path(topic.replace('.', '-'));
            assertThat(channel.path("address").asText()).as(id).isEqualTo(topic);
            assertThat(channel.path("messages").has(id)).as(id + " on " + topic).isTrue();
            assertThat(events.at("/components/messages/" + id + "/headers/properties/ce_type/const")
                            .asText())
                    .isEqualTo(IntegrationEvent.typeOf(event).value());
            assertThat(GOLDEN.apply(IntegrationEvent.typeOf(event).value()))
                    .as("the golden JSON of " + id)
                    .isNotNull();
        }
    }

    @Test
    void everyGoldenEventFitsTheSchemaOfItsRecord() {
        ObjectNode events = AsyncApi.events(GOLDEN);
        List<String> misfits = new ArrayList<>();
        events.path("components").path("messages").fields().forEachRemaining(message -> {
            JsonNode example = message.getValue().at("/examples/0/payload");
            misfits.addAll(misfits(events, message.getValue().path("payload"), example).stream()
                    .map(misfit -> message.getKey() + ": " + misfit)
                    .toList());
        });
        assertThat(misfits).isEmpty();
    }

    @Test
    void aRecordWithoutANullableFieldRefusesANullThere() {
        ObjectNode events = AsyncApi.events(GOLDEN);
        ObjectNode confirmed =
                GOLDEN.apply("io.deltashare.booking.BookingConfirmed.v1").deepCopy();
        ((ObjectNode) confirmed.path("booking")).putNull("instrumentId");

        assertThat(misfits(events, events.at("/components/messages/BookingConfirmed.v1/payload"), confirmed))
                .anySatisfy(misfit -> assertThat(misfit).contains("instrumentId"));
    }

    @Test
    void theWebhooksDocumentHasEveryTypeAPartnerMaySubscribeToWithItsSignedEnvelope() {
        ObjectNode webhooks = AsyncApi.webhooks(GOLDEN);

        Set<String> named = new java.util.HashSet<>();
        webhooks.path("components")
                .path("messages")
                .forEach(message -> named.add(message.path("name").asText()));
        assertThat(named).containsExactlyInAnyOrderElementsOf(WebhookEvents.TYPES);
        List<String> misfits = new ArrayList<>();
        webhooks.path("components").path("messages").fields().forEachRemaining(message -> {
            JsonNode delivered = message.getValue().at("/examples/0");
            misfits.addAll(misfits(webhooks, message.getValue().path("payload"), delivered.path("payload")));
            misfits.addAll(misfits(webhooks, message.getValue().path("headers"), delivered.path("headers")));
        });
        assertThat(misfits).isEmpty();
        assertThat(webhooks.at("/operations/deliver/bindings/http/method").asText())
                .isEqualTo("POST");
    }

    /** What in {@code value} does not fit {@code schema}, its references read in {@code document}. */
    private static List<String> misfits(ObjectNode document, JsonNode schema, JsonNode value) {
        assertThat(value.isMissingNode()).as("an example to check").isFalse();
        ObjectNode rooted = schema.deepCopy();
        ObjectNode components = rooted.putObject("components");
        components.set("schemas", document.path("components").path("schemas"));
        return SCHEMAS.getSchema(rooted).validate(value).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toList());
    }
}
