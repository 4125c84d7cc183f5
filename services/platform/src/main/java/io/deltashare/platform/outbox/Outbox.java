package io.deltashare.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.platform.PlatformConfig;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes integration events the only safe way: as a row written in the caller's transaction, so the event exists
 * exactly when the state change commits. The {@link OutboxRelay} sends it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    /** Channel the relay listens on; the outbox table's trigger notifies it (R__outbox_wakes_relay.sql). */
    static final String CHANNEL = "deltashare_outbox";

    private final EntityManager entityManager;
    private final String source;
    private final Clock clock;

    Outbox(EntityManager entityManager, PlatformConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.source = config.serviceName();
        this.clock = clock;
    }

    /**
     * An event made ready for the outbox, with the trace context of the thread that prepares it; {@link #insert}
     * writes it later, possibly from another thread.
     */
    public record Prepared(
            UUID id,
            String topic,
            String messageKey,
            String type,
            String source,
            String payload,
            Instant createdAt,
            String traceparent,
            String tracestate) {}

    /** Adds {@code event} to the outbox; must run inside the transaction that makes the change it reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(IntegrationEvent event) {
        Prepared prepared = prepare(event);
        OutboxMessage message = new OutboxMessage();
        message.id = prepared.id();
        message.topic = prepared.topic();
        message.messageKey = prepared.messageKey();
        message.type = prepared.type();
        message.source = prepared.source();
        message.payload = prepared.payload();
        message.createdAt = prepared.createdAt();
        message.traceparent = prepared.traceparent();
        message.tracestate = prepared.tracestate();
        entityManager.persist(message); // the table's trigger wakes the relay at commit
        return message.id;
    }

    /** The outbox row for {@code event}, in the CloudEvents envelope, carrying the current trace context. */
    public Prepared prepare(IntegrationEvent event) {
        CloudEvent envelope = CloudEvent.of(source, event, clock.instant());
        Map<String, String> trace = currentTraceContext();
        return new Prepared(
                envelope.id(),
                IntegrationEvent.typeOf(event.getClass()).topic(),
                event.subject(),
                envelope.type(),
                envelope.source(),
                toJson(event),
                envelope.time(),
                trace.get("traceparent"),
                trace.get("tracestate"));
    }

    /**
     * Writes prepared events through {@code connection}, in the transaction it is in (the caller commits), in one
     * round trip; the table's trigger wakes the relay at commit. For writers that batch many changes into one
     * transaction with plain JDBC; everything else uses {@link #publish}.
     */
    public static void insert(Connection connection, List<Prepared> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO outbox_message (id, topic, message_key, type, source, payload, created_at, traceparent,
                                            tracestate, attempts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            for (Prepared event : events) {
                insert.setObject(1, event.id());
                insert.setString(2, event.topic());
                insert.setString(3, event.messageKey());
                insert.setString(4, event.type());
                insert.setString(5, event.source());
                insert.setString(6, event.payload());
                insert.setObject(7, event.createdAt().atOffset(ZoneOffset.UTC));
                insert.setString(8, event.traceparent());
                insert.setString(9, event.tracestate());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String toJson(IntegrationEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.getClass().getName() + " cannot be written as JSON", e);
        }
    }

    /** W3C trace context of the current span, carried to Kafka headers so consumers continue the trace. */
    private static Map<String, String> currentTraceContext() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier;
    }
}
