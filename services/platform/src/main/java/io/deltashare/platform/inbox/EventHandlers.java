package io.deltashare.platform.inbox;

import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.IntegrationEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a consumer does with each event type it understands, dispatched on the CloudEvents {@code type} (never on
 * class names or hand-parsed JSON). Types it does not know are skipped: a new event type is not an error.
 */
public final class EventHandlers {

    /** Applies one event; runs inside the inbox transaction. */
    @FunctionalInterface
    public interface Handler<E> {
        void apply(E event, CloudEvent envelope);
    }

    record Registration<E>(Class<E> eventClass, Handler<E> handler) {
    }

    private final Map<String, Registration<?>> byType = new HashMap<>();

    public static EventHandlers create() {
        return new EventHandlers();
    }

    public <E extends IntegrationEvent> EventHandlers on(Class<E> eventClass, Handler<E> handler) {
        byType.put(IntegrationEvent.typeOf(eventClass).value(), new Registration<>(eventClass, handler));
        return this;
    }

    Optional<Registration<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
