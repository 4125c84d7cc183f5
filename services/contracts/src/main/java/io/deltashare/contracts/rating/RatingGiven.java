package io.deltashare.contracts.rating;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** A firm rated a completed booking or order. */
@EventType(value = "io.deltashare.booking.RatingGiven.v1", topic = Topics.RATINGS)
public record RatingGiven(RatingSnapshot rating) implements IntegrationEvent {

    @Override
    public String subject() {
        return rating.id().toString();
    }
}
