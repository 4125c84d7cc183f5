package io.deltashare.platform.inbox;

/**
 * A bean that applies events of other services. The platform's {@link EventConsumers} finds every such bean,
 * subscribes the service's consumer group to the topics of the event types they handle, and feeds each record through
 * the {@link InboxConsumer}; a service writes handlers, never a Kafka consumer.
 */
public interface ConsumesEvents {

    EventHandlers handlers();
}
