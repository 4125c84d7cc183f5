package io.deltashare.contracts.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents 1.0 attributes of one event, carried in Kafka binary mode: {@code ce_*} headers beside a JSON body
 * (the event record).
 */
public record CloudEvent(UUID id, String source, String type, String subject, Instant time) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    static final String H_SPECVERSION = "ce_specversion";
    static final String H_ID = "ce_id";
    static final String H_SOURCE = "ce_source";
    static final String H_TYPE = "ce_type";
    static final String H_SUBJECT = "ce_subject";
    static final String H_TIME = "ce_time";
    static final String H_CONTENT_TYPE = "content-type";

    /** A new event from {@code source} (the publishing service) for an {@link IntegrationEvent}, now. */
    public static CloudEvent of(String source, IntegrationEvent event) {
        return of(source, event, Instant.now());
    }

    /** A new event from {@code source} for an {@link IntegrationEvent} that happened at {@code time}. */
    public static CloudEvent of(String source, IntegrationEvent event, Instant time) {
        return new CloudEvent(
                UUID.randomUUID(),
                source,
                IntegrationEvent.typeOf(event.getClass()).value(),
                event.subject(),
                time);
    }

    public void writeTo(Headers headers) {
        put(headers, H_SPECVERSION, SPEC_VERSION);
        put(headers, H_ID, id.toString());
        put(headers, H_SOURCE, source);
        put(headers, H_TYPE, type);
        if (subject != null) {
            put(headers, H_SUBJECT, subject);
        }
        put(headers, H_TIME, time.toString());
        put(headers, H_CONTENT_TYPE, CONTENT_TYPE);
    }

    /**
     * Reads the envelope of a received record; empty when a required attribute is missing or malformed (such a
     * message cannot be deduplicated and goes to the dead-letter topic).
     */
    public static Optional<CloudEvent> readFrom(Headers headers) {
        try {
            String id = get(headers, H_ID);
            String source = get(headers, H_SOURCE);
            String type = get(headers, H_TYPE);
            String time = get(headers, H_TIME);
            if (id == null || source == null || type == null || !SPEC_VERSION.equals(get(headers, H_SPECVERSION))) {
                return Optional.empty();
            }
            return Optional.of(new CloudEvent(
                    UUID.fromString(id),
                    source,
                    type,
                    get(headers, H_SUBJECT),
                    time == null ? Instant.EPOCH : Instant.parse(time)));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String get(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
