package io.deltashare.apidocs.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.KnownEvents;
import io.deltashare.contracts.webhook.WebhookEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The AsyncAPI 3.0 documents of what DeltaShare sends, built from the records in {@code contracts}: {@link #events}
 * for the Kafka topics the services exchange (every type of {@link KnownEvents}, in CloudEvents binary mode) and
 * {@link #webhooks} for what partner portals receive (every type of {@link WebhookEvents}, signed). Each message's
 * payload schema is its record's ({@link RecordSchemas}); its example, where one is given, is the golden JSON the
 * contracts' tests hold the record to.
 */
public final class AsyncApi {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String VERSION = "3.0.0";

    private AsyncApi() {}

    /**
     * The Kafka document: a channel per topic, the operation of sending to it, and a message per event type with its
     * CloudEvents headers and payload. {@code examples} gives a type's example payload, or null.
     */
    public static ObjectNode events(Function<String, JsonNode> examples) {
        ObjectNode document = header(
                "DeltaShare events",
                "The integration events the DeltaShare services exchange over Kafka. Each is a CloudEvent in binary mode: "
                        + "the `ce_*` headers carry its attributes, the body is the event record as JSON, and the key is "
                        + "the id of the aggregate it is about, so one aggregate's events keep their order. Consumers apply "
                        + "each event once through an inbox, ignore unknown fields, and dead-letter types they have never "
                        + "heard of. Topics are `<service>.<aggregate>.v1`; a consumer's dead letters go to `<topic>.dlq`.");
        document.putObject("servers")
                .putObject("kafka")
                .put("host", "localhost:9092")
                .put("protocol", "kafka")
                .put(
                        "description",
                        "The platform's Kafka cluster (the local run prints its address; production: the cluster's "
                                + "bootstrap servers, with SASL and ACLs per service)");
        RecordSchemas schemas = new RecordSchemas();
        Map<String, List<Class<? extends IntegrationEvent>>> byTopic = new LinkedHashMap<>();
        KnownEvents.ALL.forEach(event -> byTopic.computeIfAbsent(
                        IntegrationEvent.typeOf(event).topic(), topic -> new java.util.ArrayList<>())
                .add(event));
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = JSON.objectNode();
        byTopic.forEach((topic, events) -> {
            String channel = topic.replace('.', '-');
            ObjectNode item = channels.putObject(channel)
                    .put("address", topic)
                    .put("description", "Keyed by the id of the aggregate the events are about");
            ObjectNode channelMessages = item.putObject("messages");
            ObjectNode operation = operations
                    .putObject("send-" + channel)
                    .put("action", "send")
                    .put("summary", "The service that owns " + topic.substring(0, topic.indexOf('.')) + " publishes");
            operation.putObject("channel").put("$ref", "#/channels/" + channel);
            for (Class<? extends IntegrationEvent> event : events) {
                String id = messageId(event);
                channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
                operation.withArray("messages").addObject().put("$ref", "#/channels/" + channel + "/messages/" + id);
                ObjectNode message = message(event, schemas, examples);
                message.set("headers", cloudEventHeaders(IntegrationEvent.typeOf(event)));
                message.putObject("bindings")
                        .putObject("kafka")
                        .put("bindingVersion", "0.5.0")
                        .putObject("key")
                        .put("type", "string")
                        .put("description", "the aggregate's id: the event's subject");
                messages.set(id, message);
            }
        });
        components(document, messages, schemas);
        return document;
    }

    /**
     * The webhooks document: what the gateway POSTs to a subscription's URL for each event type a partner may
     * subscribe to, with the envelope, the signature header and the retries.
     */
    public static ObjectNode webhooks(Function<String, JsonNode> examples) {
        ObjectNode document = header(
                "DeltaShare partner webhooks",
                "What the gateway sends to a partner portal's subscription (`POST /api/v1/webhooks/subscriptions`): for "
                        + "each event of a subscribed type about a firm that grants the partner the event's scope now "
                        + "(`BOOK` for bookings and orders, `VOUCHERS` for voucher decisions, `STATEMENTS` for "
                        + "statements), and for each public catalog event (instruments and services listed, changed, "
                        + "withdrawn) that passes the subscription's `regions` and `categories` filters, a `POST` of the "
                        + "envelope below to the subscription's HTTPS URL. Verify `DeltaShare-Signature` "
                        + "(`t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" with the subscription's secret>`; "
                        + "refuse a `t` more than 5 minutes from your clock) and de-duplicate by `DeltaShare-Delivery`. "
                        + "Any 2xx within 10 s delivers it; anything else is retried after 10 s, 20 s, 40 s … up to 1 h "
                        + "between tries, and given up after 10 failures in a row (then `FAILED` in the delivery log, "
                        + "which can redeliver it).");
        document.putObject("servers")
                .putObject("partner")
                .put("host", "portal.example-partner.cn")
                .put("pathname", "/deltashare/events")
                .put("protocol", "https")
                .put("description", "The partner's endpoint: the URL its subscription names (public HTTPS only)");
        RecordSchemas schemas = new RecordSchemas();
        ObjectNode channel =
                document.putObject("channels").putObject("subscription").put("address", "/deltashare/events");
        channel.put("description", "The subscription's URL");
        ObjectNode channelMessages = channel.putObject("messages");
        ObjectNode operation = document.putObject("operations")
                .putObject("deliver")
                .put("action", "send")
                .put("summary", "The gateway delivers an event to a subscribed partner");
        operation.putObject("channel").put("$ref", "#/channels/subscription");
        operation.putObject("bindings").putObject("http").put("method", "POST").put("bindingVersion", "0.3.0");
        ObjectNode messages = JSON.objectNode();
        for (WebhookEvents.Kind<?> kind : WebhookEvents.ALL) {
            boolean catalog = kind.isPublic();
            Class<? extends IntegrationEvent> event = kind.eventClass();
            String id = messageId(event);
            channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
            operation.withArray("messages").addObject().put("$ref", "#/channels/subscription/messages/" + id);
            ObjectNode message = message(event, schemas, examples);
            JsonNode data = message.remove("payload");
            message.set("payload", envelope(IntegrationEvent.typeOf(event).value(), data));
            JsonNode example = examples.apply(IntegrationEvent.typeOf(event).value());
            if (example != null) {
                message.remove("examples");
                ObjectNode sent = message.withArray("examples").addObject().put("name", "delivered");
                sent.putObject("headers")
                        .put("DeltaShare-Delivery", "6f7c2e1a-0000-4000-8000-000000000001")
                        .put(
                                "DeltaShare-Event-Type",
                                IntegrationEvent.typeOf(event).value())
                        .put("DeltaShare-Signature", "t=1795420800,v1=" + "5d1c".repeat(16));
                sent.putObject("payload")
                        .put("deliveryId", "6f7c2e1a-0000-4000-8000-000000000001")
                        .put("eventId", "0b9e3d52-0000-4000-8000-000000000002")
                        .put("type", IntegrationEvent.typeOf(event).value())
                        .put("subject", "b0000000-0000-4000-8000-000000000007")
                        .put("time", "2026-11-23T10:00:00Z")
                        .put("firmOrganizationId", catalog ? null : "0a1f0c5e-5d4b-4b8e-9f00-000000000102")
                        .set("data", example);
            }
            message.set("headers", webhookHeaders(IntegrationEvent.typeOf(event).value()));
            messages.set(id, message);
        }
        components(document, messages, schemas);
        return document;
    }

    private static ObjectNode header(String title, String description) {
        ObjectNode document = JSON.objectNode().put("asyncapi", VERSION);
        document.putObject("info").put("title", title).put("version", "1").put("description", description);
        document.put("defaultContentType", CloudEvent.CONTENT_TYPE);
        return document;
    }

    /** {@code BookingConfirmed.v1} for {@code io.deltashare.booking.BookingConfirmed.v1}. */
    static String messageId(Class<? extends IntegrationEvent> event) {
        String type = IntegrationEvent.typeOf(event).value();
        String[] parts = type.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static ObjectNode message(
            Class<? extends IntegrationEvent> event, RecordSchemas schemas, Function<String, JsonNode> examples) {
        String type = IntegrationEvent.typeOf(event).value();
        ObjectNode message = JSON.objectNode()
                .put("name", type)
                .put("title", event.getSimpleName())
                .put("contentType", CloudEvent.CONTENT_TYPE);
        message.set("payload", schemas.of(event));
        JsonNode example = examples.apply(type);
        if (example != null) {
            message.withArray("examples").addObject().put("name", "golden").set("payload", example);
        }
        return message;
    }

    private static ObjectNode cloudEventHeaders(EventType type) {
        ObjectNode headers = JSON.objectNode().put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("ce_specversion").put("const", CloudEvent.SPEC_VERSION);
        properties
                .putObject("ce_id")
                .put("type", "string")
                .put("format", "uuid")
                .put("description", "unique per event");
        properties
                .putObject("ce_source")
                .put("type", "string")
                .put("description", "the publishing service, e.g. /booking");
        properties.putObject("ce_type").put("const", type.value());
        properties.putObject("ce_subject").put("type", "string").put("description", "the aggregate's id, also the key");
        properties.putObject("ce_time").put("type", "string").put("format", "date-time");
        properties.putObject("content-type").put("const", CloudEvent.CONTENT_TYPE);
        List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time", "content-type")
                .forEach(name -> headers.withArray("required").add(name));
        return headers;
    }

    private static ObjectNode webhookHeaders(String type) {
        ObjectNode headers = JSON.objectNode().put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        properties
                .putObject("DeltaShare-Delivery")
                .put("type", "string")
                .put("format", "uuid")
                .put("description", "the delivery's id, the same on every retry and redelivery: de-duplicate by it");
        properties.putObject("DeltaShare-Event-Type").put("const", type);
        properties
                .putObject("DeltaShare-Signature")
                .put("type", "string")
                .put("pattern", "^t=\\d+,v1=[0-9a-f]{64}$")
                .put(
                        "description",
                        "t: unix seconds of signing; v1: hex HMAC-SHA256 of \"<t>.<raw body>\" with the "
                                + "subscription's secret");
        List.of("DeltaShare-Delivery", "DeltaShare-Event-Type", "DeltaShare-Signature")
                .forEach(name -> headers.withArray("required").add(name));
        return headers;
    }

    private static ObjectNode envelope(String type, JsonNode data) {
        ObjectNode envelope = JSON.objectNode().put("type", "object");
        ObjectNode properties = envelope.putObject("properties");
        properties.putObject("deliveryId").put("type", "string").put("format", "uuid");
        properties.putObject("eventId").put("type", "string").put("format", "uuid");
        properties.putObject("type").put("const", type);
        properties.putObject("subject").put("type", "string");
        properties
                .putObject("time")
                .withArray("oneOf")
                .add(JSON.objectNode().put("type", "string").put("format", "date-time"))
                .add(JSON.objectNode().put("type", "null"));
        properties
                .putObject("firmOrganizationId")
                .put("format", "uuid")
                .put(
                        "description",
                        "the firm the event is about, which granted the partner the event's scope; null for "
                                + "a public catalog event")
                .putArray("type")
                .add("string")
                .add("null");
        properties.set("data", data);
        List.of("deliveryId", "eventId", "type", "subject", "time", "firmOrganizationId", "data")
                .forEach(name -> envelope.withArray("required").add(name));
        return envelope;
    }

    private static void components(ObjectNode document, ObjectNode messages, RecordSchemas schemas) {
        ObjectNode components = document.putObject("components");
        components.set("messages", messages);
        ObjectNode named = components.putObject("schemas");
        schemas.named().forEach(named::set);
    }
}
