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
import org.hibernate.Session;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes integration events the only safe way: as a row written in the caller's transaction, so the event exists
 * exactly when the state change commits. The {@link OutboxRelay} sends it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    /** Channel the relay listens on; PostgreSQL delivers the notification at commit. */
    static final String CHANNEL = "deltashare_outbox";

    /** Marks a transaction that has already asked for the relay's wake-up call. */
    private static final String RELAY_WOKEN = Outbox.class.getName() + ".relay-woken";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transaction;
    private final String source;

    Outbox(EntityManager entityManager, TransactionSynchronizationRegistry transaction, PlatformConfig config) {
        this.entityManager = entityManager;
        this.transaction = transaction;
        this.source = config.serviceName();
    }

    /** Adds {@code event} to the outbox; must run inside the transaction that makes the change it reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(IntegrationEvent event) {
        CloudEvent envelope = CloudEvent.of(source, event);
        OutboxMessage message = new OutboxMessage();
        message.id = envelope.id();
        message.topic = IntegrationEvent.typeOf(event.getClass()).topic();
        message.messageKey = event.subject();
        message.type = envelope.type();
        message.source = envelope.source();
        message.payload = toJson(event);
        message.createdAt = envelope.time();
        Map<String, String> trace = currentTraceContext();
        message.traceparent = trace.get("traceparent");
        message.tracestate = trace.get("tracestate");
        entityManager.persist(message);
        wakeRelayAtCommit();
        return message.id;
    }

    /**
     * PostgreSQL delivers a NOTIFY when the transaction commits and folds repeated ones into one, so a transaction
     * that publishes several events needs to send it only once.
     */
    private void wakeRelayAtCommit() {
        if (transaction.getResource(RELAY_WOKEN) != null) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("NOTIFY " + CHANNEL);
            }
        });
        transaction.putResource(RELAY_WOKEN, Boolean.TRUE);
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
