package io.deltashare.platform.inbox;

import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a consumer does with each event type it understands, dispatched on the CloudEvents {@code type} (never on
 * class names or hand-parsed JSON). A known type without a handler is skipped: a consumer need not care for every
 * event of a topic it reads.
 */
public final class EventHandlers {

    /** Applies one event; runs inside the inbox transaction. */
    @FunctionalInterface
    public interface Handler<E> {
        void apply(E event, CloudEvent envelope);
    }

    record Registration<E>(Class<E> eventClass, EventType type, Handler<E> handler) {}

    private final Map<String, Registration<?>> byType = new LinkedHashMap<>();

    public static EventHandlers create() {
        return new EventHandlers();
    }

    public <E extends IntegrationEvent> EventHandlers on(Class<E> eventClass, Handler<E> handler) {
        EventType type = IntegrationEvent.typeOf(eventClass);
        if (byType.putIfAbsent(type.value(), new Registration<>(eventClass, type, handler)) != null) {
            throw new IllegalStateException("two handlers for " + type.value());
        }
        return this;
    }

    /** These handlers and {@code others} in one; an event type handled by both is a mistake. */
    public EventHandlers and(EventHandlers others) {
        EventHandlers joined = new EventHandlers();
        joined.byType.putAll(byType);
        others.byType.forEach((type, registration) -> {
            if (joined.byType.putIfAbsent(type, registration) != null) {
                throw new IllegalStateException("two handlers for " + type);
            }
        });
        return joined;
    }

    /** The topics the handled event types are published to: what a consumer of them subscribes to. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        byType.values().forEach(registration -> topics.add(registration.type().topic()));
        return topics;
    }

    Optional<Registration<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
