package io.deltashare.platform.testapp;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.money.Money;

/** Test event: a tally was registered. {@code poison} makes every consumer attempt fail. */
@EventType(value = "io.deltashare.platformtest.TallyRegistered.v1", topic = TallyRegistered.TOPIC)
public record TallyRegistered(String subject, String label, Money amount, boolean poison) implements IntegrationEvent {

    public static final String TOPIC = "platform-test.tally.v1";
}
