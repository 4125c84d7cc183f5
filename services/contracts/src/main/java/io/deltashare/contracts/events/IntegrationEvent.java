package io.deltashare.contracts.events;

/**
 * An event one service publishes for others: a past-tense, versioned record annotated with {@link EventType}.
 * Its {@link #subject()} is the aggregate id, used as the Kafka key (per-aggregate order) and CloudEvents subject.
 */
public interface IntegrationEvent {

    String subject();

    static EventType typeOf(Class<? extends IntegrationEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
        }
        return type;
    }
}
